package vn.boardflow.drafting.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices;

/**
 * Tells the drafter when their draft comes back (to be changed where it is written), is signed off and is issued. Those whose step comes next
 * find it in their inbox, reminded by the route's timers.
 */
@Component
class DraftNotices {

    private final Notices notices;
    private final CurrentUser currentUser;

    DraftNotices(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(DraftStepTaken step) {
        String link = "drafts/" + step.draftId();
        String by = currentUser.actor().fullName();
        switch (step.step()) {
            case RETURNED -> notices.send(List.of(step.drafter()), new Notice("notice.draftReturned",
                    List.of(step.summary(), by, step.comment().strip()),
                    step.origin() == null ? link : step.origin().route()));
            case SIGNED -> notices.send(List.of(step.drafter()), new Notice("notice.draftSigned",
                    List.of(step.summary(), by, String.valueOf(step.revision())), link));
            case ISSUED -> notices.send(List.of(step.drafter()), new Notice("notice.draftIssued",
                    List.of(step.summary(), step.comment()), link));
            default -> {
            }
        }
    }
}
