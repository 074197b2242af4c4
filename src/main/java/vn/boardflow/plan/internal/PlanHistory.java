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

/** Writes and reads a plan's history: each step with who took it, for whom, and the comment given. */
@Component
class PlanHistory {

    private final HistoryEntryRepository entries;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    PlanHistory(HistoryEntryRepository entries, CurrentUser currentUser, UserDirectory users, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    void record(AnnualPlan plan, String action, String actingFor, String comment) {
        entries.save(new HistoryEntry(plan.id(), action, currentUser.actor().username(), actingFor, comment,
                plan.status(), clock.instant()));
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
