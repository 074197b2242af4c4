package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentPreviews.Preview;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftEvents.DraftCreated;
import vn.boardflow.drafting.DraftEvents.DraftSaved;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken.Step;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskInbox;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftingService implements DocumentDrafts, FeatureDrafts {

    private final DocumentDraftRepository drafts;
    private final DraftRevisionRepository revisions;
    private final ReachableDrafts reachable;
    private final IssuingBodies bodies;
    private final DraftSteps steps;
    private final DraftViews views;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftingService(DocumentDraftRepository drafts, DraftRevisionRepository revisions, ReachableDrafts reachable,
                    IssuingBodies bodies, DraftSteps steps, DraftViews views,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.reachable = reachable;
        this.bodies = bodies;
        this.steps = steps;
        this.views = views;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuingBodyView> bodiesForDrafting() {
        return bodies.where(Role.DRAFTER);
    }

    @Override
    public DraftId create(IssuingBodyId issuingBodyId, DraftContent content) {
        return start(issuingBodyId, null, content);
    }

    @Override
    public DraftId open(DraftOrigin origin, IssuingBodyId issuingBodyId, DraftContent content) {
        return start(issuingBodyId, origin, content);
    }

    private DraftId start(IssuingBodyId issuingBodyId, DraftOrigin origin, DraftContent content) {
        IssuingBodyView body = reachable.bodyToDraftFor(issuingBodyId, origin);
        DocumentDraft draft = drafts.saveAndFlush(new DocumentDraft(issuingBodyId, body.unitId(), origin, content, me(),
                clock.instant()));
        revisions.save(new DraftRevision(draft, content));
        steps.start(draft);
        events.publishEvent(new DraftCreated(draft.draftId(), draft.unitId(), content.type().name(),
                content.summary()));
        return draft.draftId();
    }

    @Override
    public DraftView save(DraftId id, long version, DraftContent content) {
        DocumentDraft draft = reachable.editable(id);
        draft.requireWrittenHere();
        draft.checkVersion(version);
        revise(draft, content);
        return views.of(draft);
    }

    @Override
    public void write(DraftId id, DraftContent content) {
        revise(reachable.editable(id), content);
    }

    private void revise(DocumentDraft draft, DraftContent content) {
        DraftId id = draft.draftId();
        DraftStatus before = draft.status();
        String summaryBefore = draft.summary();
        draft.revise(content, me(), clock.instant());
        if (!summaryBefore.equals(draft.summary())) {
            steps.retitle(draft);
        }
        drafts.flush();
        revisions.save(new DraftRevision(draft, content));
        events.publishEvent(new DraftSaved(id, draft.unitId(), draft.revision(), content.summary()));
        if (before == DraftStatus.AWAITING_ISSUANCE) {
            steps.recall(draft);
            steps.taken(Step.REOPENED, draft, before, Optional.empty(), null);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DraftView> find(DraftId id) {
        return drafts.findById(id.value()).map(reachable::checkedReads).map(views::of);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftSummary> mine() {
        List<IssuingBodyView> readable = bodies.reachable();
        if (readable.isEmpty()) {
            return List.of();
        }
        List<UnitId> units = readable.stream().map(IssuingBodyView::unitId).toList();
        return drafts.findByUnitIdInOrderByWrittenUpdatedAtDescIdDesc(UnitId.valuesOf(units)).stream()
                .map(draft -> views.summary(draft, readable)).toList();
    }

    private String me() {
        return currentUser.actor().username();
    }
}
