package vn.boardflow.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.PlanEvents.PlanCreated;
import vn.boardflow.plan.PlanEvents.PlanStepTaken;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.PlanTrail.PlanEvent;

/**
 * Writes and reads a plan's history: each step with who took it, for whom, and the comment given, in the
 * transaction of the step. A step's comment (a return's reason, above all) is also one of the plan's Ý kiến.
 */
@Component
class PlanHistory {

    private final HistoryEntryRepository entries;
    private final CommentEntryRepository comments;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    PlanHistory(HistoryEntryRepository entries, CommentEntryRepository comments, CurrentUser currentUser,
                UserDirectory users, Clock clock) {
        this.entries = entries;
        this.comments = comments;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(PlanCreated created) {
        write(created.planId().value(), created.copied() ? "copied" : "created", null, null, PlanStatus.DRAFT);
    }

    /** A step's comment is also an Ý kiến, at the stage the plan stood when it was given. */
    @EventListener
    void on(PlanStepTaken step) {
        write(step.planId().value(), step.step().action(), step.actingFor(), step.comment(), step.after());
        if (step.commented()) {
            comments.save(new CommentEntry(step.planId().value(), currentUser.actor().username(), step.before(),
                    step.comment().strip(), clock.instant()));
        }
    }

    private void write(long planId, String action, String actingFor, String comment, PlanStatus after) {
        entries.save(new HistoryEntry(planId, action, currentUser.actor().username(), actingFor, comment, after,
                clock.instant()));
    }

    List<PlanEvent> of(long planId) {
        List<HistoryEntry> steps = entries.findByPlanIdOrderByOccurredAtAscIdAsc(planId);
        Map<String, String> names = users.fullNames(steps.stream()
                .flatMap(step -> Stream.of(step.actor(), step.actingFor())).filter(Objects::nonNull).distinct().toList());
        List<PlanEvent> events = new ArrayList<>();
        for (HistoryEntry step : steps) {
            events.add(new PlanEvent(step.occurredAt(), step.actor(), names.getOrDefault(step.actor(), step.actor()),
                    step.actingFor() == null ? null : names.getOrDefault(step.actingFor(), step.actingFor()),
                    step.action(), step.comment(), step.statusAfter()));
        }
        return events;
    }
}
