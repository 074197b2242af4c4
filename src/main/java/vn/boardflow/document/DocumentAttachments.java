package vn.boardflow.document;

import java.time.Instant;
import java.util.List;
import vn.boardflow.shared.FileKind;
import vn.boardflow.shared.RuleViolation;

/**
 * The files kept with an issued document: annexes issued as Word or PDF files rather than written into it, and,
 * where the body signs on paper, the signed original scanned to PDF. Whoever reads the document reads them.
 */
public interface DocumentAttachments {

    /** As large as a scanned decision of some pages, or an annex of tables, gets. */
    int MAX_BYTES = 20 * 1024 * 1024;

    enum Kind { ANNEX, SIGNED_COPY }

    /** The annexes in the order they were attached, then the signed copy. */
    List<AttachmentView> of(long documentId);

    AttachedFile download(long attachmentId);

    /**
     * The body's clerk attaches the paper original as signed, scanned to PDF; attaching another replaces it (the
     * audit log keeps that it did).
     */
    AttachmentView attachSignedCopy(long documentId, String fileName, byte[] pdf);

    /** A Word or PDF file issued with the document, attached by the body's clerk as it is issued. */
    AttachmentView attachAnnex(long documentId, AnnexFile file);

    record AttachmentView(long id, long documentId, Kind kind, String fileName, String contentType, long sizeBytes,
                          String attachedBy, Instant attachedAt) {
    }

    record AttachedFile(String fileName, String contentType, byte[] bytes) {
    }

    /** A file that may be issued as an annex: a Word or PDF file, told by its bytes, within {@link #MAX_BYTES}. */
    record AnnexFile(String fileName, String contentType, byte[] bytes) {

        /** Refuses an empty or oversized file, and any that is not Word or PDF, naming it. */
        public static AnnexFile of(String fileName, byte[] bytes) {
            String name = FileKind.cleanName(fileName, "phu-luc");
            FileKind kind = FileKind.of(name, sized(name, bytes)).filter(found -> found == FileKind.PDF || found == FileKind.DOCX)
                    .orElseThrow(() -> new RuleViolation("attachment.error.annexType", name));
            return new AnnexFile(kind.named(name), kind.contentType(), bytes);
        }
    }

    /** A signed copy is a PDF, within {@link #MAX_BYTES}. */
    static FileKind signedCopyKind(String name, byte[] bytes) {
        return FileKind.of(name, sized(name, bytes)).filter(kind -> kind == FileKind.PDF)
                .orElseThrow(() -> new RuleViolation("attachment.error.signedCopyPdf", name));
    }

    private static byte[] sized(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("attachment.error.empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("attachment.error.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }
}
