package vn.boardflow.plan.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.PlanComments;
import vn.boardflow.plan.PlanEvents.PlanCommented;
import vn.boardflow.plan.PlanId;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class PlanCommentService implements PlanComments {

    private final ReachablePlans reachable;
    private final CommentEntryRepository comments;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanCommentService(ReachablePlans reachable, CommentEntryRepository comments, UserDirectory users,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reachable = reachable;
        this.comments = comments;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanComment> comments(PlanId planId) {
        reachable.reached(planId);
        List<CommentEntry> entries = comments.findByPlanIdOrderByWrittenAtAscIdAsc(planId.value());
        Map<String, String> names = users.fullNames(entries.stream().map(CommentEntry::author).toList());
        return entries.stream().map(entry -> new PlanComment(entry.id(), entry.writtenAt(), entry.author(),
                names.getOrDefault(entry.author(), entry.author()), entry.stage(), entry.body())).toList();
    }

    @Override
    public void comment(PlanId planId, String text) {
        AnnualPlan plan = reachable.reached(planId);
        CommentEntry entry = comments.save(new CommentEntry(planId.value(), currentUser.actor().username(), plan.status(), text,
                clock.instant()));
        events.publishEvent(new PlanCommented(planId, plan.unitId(), entry.body()));
    }
}
