package vn.boardflow.drafting.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.drafting.DraftVersions;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class DraftVersionService implements DraftVersions {

    private final ReachableDrafts reachable;
    private final DraftRevisionRepository revisions;
    private final DraftStepRepository steps;
    private final DraftCommentRepository comments;
    private final DraftPrint print;
    private final CurrentUser currentUser;

    DraftVersionService(ReachableDrafts reachable, DraftRevisionRepository revisions, DraftStepRepository steps,
                        DraftCommentRepository comments, DraftPrint print, CurrentUser currentUser) {
        this.reachable = reachable;
        this.revisions = revisions;
        this.steps = steps;
        this.comments = comments;
        this.print = print;
        this.currentUser = currentUser;
    }

    @Override
    public List<DraftVersion> versions(DraftId id) {
        reachable.readable(id);
        return revisions.findByDraftIdOrderByRevisionDesc(id.value()).stream().map(DraftRevision::view).toList();
    }

    @Override
    public Preview preview(DraftId id) {
        return print.preview(reachable.readable(id));
    }

    @Override
    public DraftChanges changesForMe(DraftId id) {
        DocumentDraft draft = reachable.readable(id);
        int latest = draft.revision();
        String me = currentUser.actor().username();
        int seen = Math.max(
                steps.findFirstByDraftIdAndActorAndRevisionLessThanOrderByRevisionDesc(id.value(), me, latest)
                        .map(DraftStepEntry::revision).orElse(0),
                comments.findFirstByDraftIdAndAuthorAndRevisionLessThanOrderByRevisionDesc(id.value(), me, latest)
                        .map(DraftCommentEntry::revision).orElse(0));
        int from = seen > 0 ? seen : latest - 1;
        if (from < 1) {
            return new DraftChanges(0, latest, List.of());
        }
        DraftContent before = content(id, from);
        return new DraftChanges(from, latest, DraftDiff.between(before, draft.content()));
    }

    private DraftContent content(DraftId id, int revision) {
        return revisions.findByDraftIdAndRevision(id.value(), revision).map(DraftRevision::content)
                .orElseThrow(() -> new RuleViolation("draft.error.notFound"));
    }
}
