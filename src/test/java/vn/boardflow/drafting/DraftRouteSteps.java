package vn.boardflow.drafting;

import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.Logins;
import vn.boardflow.document.IssuedDocumentView;

/** The document route's steps after a draft is sent, as the tests of features that draft take them. */
public final class DraftRouteSteps {

    private DraftRouteSteps() {
    }

    /** A draft sent for review taken on by its reviewer, leader and clerk; nobody signed in afterwards. */
    public static IssuedDocumentView agreedSignedAndIssued(ApplicationContext context, DraftId draft, String reviewer,
                                                           String leader, String clerk, LocalDate issuedOn) {
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        DocumentDrafts drafts = context.getBean(DocumentDrafts.class);
        DraftApproval approval = context.getBean(DraftApproval.class);
        Logins.as(userDetails, reviewer);
        approval.approve(draft, null);
        Logins.as(userDetails, leader);
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        Logins.as(userDetails, clerk);
        IssuedDocumentView issued = approval.issue(draft, issuedOn);
        Logins.out();
        return issued;
    }
}
