package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.document.FormatCheck.Finding;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.org.Organisation;

/**
 * A draft as it will print if it is issued today: the document module renders and checks it. A draft
 * whose signer is not chosen yet prints a dotted place for the name, and the preview says so.
 */
@Component
class DraftPrint {

    static final String NO_SIGNER = "……………";

    private final DocumentPreviews previews;
    private final Organisation organisation;
    private final Clock clock;

    DraftPrint(DocumentPreviews previews, Organisation organisation, Clock clock) {
        this.previews = previews;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The draft's latest version. */
    Preview preview(DocumentDraft draft) {
        return preview(draft, draft.content());
    }

    /** One version of the draft: the one a leader is about to sign off. */
    Preview preview(DocumentDraft draft, DraftContent content) {
        boolean signed = !content.signer().isEmpty();
        Heading heading = new Heading(draft.issuingBodyId(), content.type(), LocalDate.now(clock), content.summary(),
                organisation.today().draftingUnitOf(draft.unitId()).orElse(null));
        Preview preview = previews.preview(document(heading, content, signed ? content.signer() : NO_SIGNER));
        if (signed) {
            return preview;
        }
        List<Finding> findings = new ArrayList<>(preview.findings());
        findings.add(new Finding("draft.finding.noSigner", ""));
        return new Preview(preview.docx(), findings);
    }

    /** The content under the heading issuance gives it (its date, and the number the register gives it). */
    static IssueDocument document(Heading heading, DraftContent content) {
        return document(heading, content, content.signer());
    }

    private static IssueDocument document(Heading heading, DraftContent content, String signer) {
        return new IssueDocument(heading,
                new Body(content.legalBases(), content.opening(), content.blocks(), content.closing(), content.annexes()),
                Signature.under(content.signingForm(), signer),
                new Distribution(content.addressee(), content.recipients()));
    }
}
