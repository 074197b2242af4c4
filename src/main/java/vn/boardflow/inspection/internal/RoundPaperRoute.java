package vn.boardflow.inspection.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.inspection.InspectionEvents.RoundPlanIssued;
import vn.boardflow.inspection.InspectionEvents.RoundReported;

/**
 * The round following its papers' drafts on the document route, in the transaction of each step: an issued plan
 * or report becomes the round's (the report closing it), a cancelled draft lets the organisers draft it again.
 */
@Component
class RoundPaperRoute {

    static final String PLAN = "inspection-plan";
    static final String REPORT = "inspection-report";

    private final InspectionRoundRepository rounds;
    private final ApplicationEventPublisher events;

    RoundPaperRoute(InspectionRoundRepository rounds, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.events = events;
    }

    @EventListener
    void on(DraftStepTaken step) {
        boolean plan = step.of(PLAN);
        if (!plan && !step.of(REPORT)) {
            return;
        }
        rounds.findById(step.origin().subjectId()).ifPresent(round -> {
            switch (step.step()) {
                case ISSUED -> {
                    if (plan) {
                        round.planIssued(step.document());
                        events.publishEvent(new RoundPlanIssued(round.id(), round.unitId(), step.document().symbol()));
                    } else {
                        round.reportIssued(step.document());
                        events.publishEvent(new RoundReported(round.id(), round.unitId(), step.document().symbol()));
                    }
                }
                case CANCELLED -> round.paperCancelled(step.draftId());
                default -> {
                }
            }
        });
    }
}
