package vn.boardflow.plan.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.AnnualPlans.PlanEvent;
import vn.boardflow.plan.PlanStatus;

/**
 * Writes and reads a plan's history: each step with who took it, for whom, and the comment given. A step's
 * comment (a return's reason, above all) is also one of the plan's Ý kiến, at the stage it was given.
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

    /** @param stageBefore where the plan stood when the step was taken, or {@code null} for its creation */
    void record(AnnualPlan plan, PlanStatus stageBefore, String action, String actingFor, String comment) {
        String actor = currentUser.actor().username();
        entries.save(new HistoryEntry(plan.id(), action, actor, actingFor, comment, plan.status(), clock.instant()));
        if (comment != null && !comment.isBlank() && stageBefore != null) {
            comments.save(new CommentEntry(plan.id(), actor, stageBefore, comment.strip(), clock.instant()));
        }
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
