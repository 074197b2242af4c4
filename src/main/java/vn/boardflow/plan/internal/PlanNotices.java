package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.plan.PlanEvents.PlanStepTaken;
import vn.boardflow.plan.PlanView;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices;

/** Tells the drafter when their plan comes back to them and when it is issued, with the step. */
@Component
class PlanNotices {

    private final Notices notices;
    private final CurrentUser currentUser;

    PlanNotices(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(PlanStepTaken step) {
        String title = PlanView.titleOf(step.year());
        String link = "plans/" + step.planId();
        switch (step.step()) {
            case RETURNED -> notices.send(List.of(step.drafter()), new Notice("notice.planReturned",
                    List.of(title, currentUser.actor().fullName(), step.comment().strip()), link));
            case ISSUED -> notices.send(List.of(step.drafter()), new Notice("notice.planIssued",
                    List.of(title, step.comment()), link));
            default -> {
            }
        }
    }
}
