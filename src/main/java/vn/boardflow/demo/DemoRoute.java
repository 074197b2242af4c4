package vn.boardflow.demo;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;

/**
 * Takes the demo's drafts along the document route as its people would: {@code duthao} (or the accountant, for funds) sends one for review,
 * {@code xemxet} agrees, {@code lanhdao} signs off the version read, {@code vanthu} issues it.
 */
@Component
class DemoRoute {

    private final DocumentDrafts drafts;
    private final DraftApproval approval;
    private final DemoUsers users;

    DemoRoute(DocumentDrafts drafts, DraftApproval approval, DemoUsers users) {
        this.drafts = drafts;
        this.approval = approval;
        this.users = users;
    }

    DraftId submitted(DraftId draft) {
        return submitted(draft, "duthao");
    }

    /** Sent by who drafted it, the accountant for a decision on funds. */
    DraftId submitted(DraftId draft, String drafter) {
        users.signIn(drafter);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        return draft;
    }

    IssuedDocumentView agreedSignedAndIssued(DraftId draft, String agreement, LocalDate issuedOn) {
        users.signIn("xemxet");
        approval.approve(draft, agreement);
        users.signIn("lanhdao");
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        users.signIn("vanthu");
        return approval.issue(draft, issuedOn);
    }
}
