package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftEvents.DraftCommented;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.CurrentUser;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftCommentService implements DraftComments {

    private final DraftCommentRepository comments;
    private final ReachableDrafts reachable;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftCommentService(DraftCommentRepository comments, ReachableDrafts reachable, CurrentUser currentUser,
                        ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.reachable = reachable;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void comment(DraftId id, String text) {
        DocumentDraft draft = reachable.readable(id);
        DraftCommentEntry entry = comments.save(new DraftCommentEntry(draft, text, currentUser.actor().username(),
                clock.instant()));
        events.publishEvent(new DraftCommented(id, draft.unitId(), entry.revision(), entry.text()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftComment> of(DraftId id) {
        reachable.readable(id);
        return comments.findByDraftIdOrderByIdAsc(id.value()).stream().map(DraftCommentEntry::view).toList();
    }
}
