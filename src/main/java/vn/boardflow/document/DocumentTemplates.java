package vn.boardflow.document;

import java.time.Instant;
import java.util.List;

/**
 * The Word templates documents are rendered with: the shipped one of each type, and versions uploaded
 * by an administrator to replace it. An upload must be a real .docx (no macros), small, free of
 * DOCTYPE declarations, and use only placeholders the renderer knows; a refused upload changes nothing.
 */
public interface DocumentTemplates {

    int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    List<TemplateVersion> versions(DocumentType type);

    /** @return the new version's label, e.g. "KH v3" */
    TemplateVersion upload(DocumentType type, String fileName, byte[] bytes);

    /** The file of a version, for download and editing in Word or LibreOffice. */
    byte[] file(DocumentType type, String version);

    /**
     * @param version "default/KH.docx" for the shipped file, "uploaded/7" for an upload
     * @param active  whether new documents of the type are rendered with it
     */
    record TemplateVersion(DocumentType type, String version, int number, String fileName, String sha256,
                           Instant uploadedAt, String uploadedBy, boolean active) {
    }
}
