package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftTrail.DraftStep;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserDirectory;

/**
 * Writes and reads a draft's route as it was taken, in the transaction of each step. A step's comment (a
 * return's reason, above all) is also one of the draft's Ý kiến, on the version it was given on.
 */
@Component
class DraftHistory {

    private final DraftStepRepository steps;
    private final DraftCommentRepository comments;
    private final DocumentDraftRepository drafts;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    DraftHistory(DraftStepRepository steps, DraftCommentRepository comments, DocumentDraftRepository drafts,
                 CurrentUser currentUser, UserDirectory users, Clock clock) {
        this.steps = steps;
        this.comments = comments;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(DraftStepTaken step) {
        String actor = currentUser.actor().username();
        steps.save(new DraftStepEntry(step, actor, clock.instant()));
        if (step.commented() && step.step() != DraftStepTaken.Step.ISSUED) {
            drafts.findById(step.draftId().value()).ifPresent(draft ->
                    comments.save(new DraftCommentEntry(draft, step.comment(), actor, clock.instant())));
        }
    }

    List<DraftStep> of(long draftId) {
        List<DraftStepEntry> taken = steps.findByDraftIdOrderByOccurredAtAscIdAsc(draftId);
        Map<String, String> names = users.fullNames(taken.stream()
                .flatMap(step -> Stream.of(step.actor(), step.actingFor())).filter(Objects::nonNull).distinct().toList());
        return taken.stream().map(step -> new DraftStep(step.occurredAt(), names.getOrDefault(step.actor(), step.actor()),
                step.actingFor() == null ? null : names.getOrDefault(step.actingFor(), step.actingFor()), step.action(),
                step.revision(), step.comment(), step.statusAfter())).toList();
    }
}
