package vn.boardflow.document;

import java.util.List;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.FormatCheck.Finding;

/**
 * A document as it will print, before it has a number: rendered by the renderer issuance uses, with the
 * active template of its type, and checked against the body's format rules. Drafters see it at every save.
 */
public interface DocumentPreviews {

    /**
     * For whoever acts in the issuing body's unit: the Word file, its number's place left empty, and every
     * rule of the body's format it breaks (none when it may be signed as it stands).
     */
    Preview preview(IssueDocument draft);

    /**
     * A rendered Word file as a web page to read it on screen: the export of the file itself, so it reads as it
     * prints; its number's place stays empty as in the file.
     */
    String asHtml(byte[] docx);

    record Preview(byte[] docx, List<Finding> findings) {

        public Preview {
            findings = List.copyOf(findings);
        }

        public boolean passes() {
            return findings.isEmpty();
        }
    }
}
