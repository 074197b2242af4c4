package vn.boardflow.drafting.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class DraftingService implements DocumentDrafts {

    private final DocumentDraftRepository drafts;
    private final DraftRevisionRepository revisions;
    private final ReachableDrafts reachable;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final DraftPrint print;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftingService(DocumentDraftRepository drafts, DraftRevisionRepository revisions, ReachableDrafts reachable,
                    IssuingBodies bodies, AccessPolicy access, DraftPrint print, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.reachable = reachable;
        this.bodies = bodies;
        this.access = access;
        this.print = print;
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
        IssuingBodyView body = bodies.find(issuingBodyId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireActsIn(Role.DRAFTER, body.unitId());
        DocumentDraft draft = drafts.saveAndFlush(new DocumentDraft(issuingBodyId, body.unitId(), content, me(),
                clock.instant()));
        revisions.save(new DraftRevision(draft, content));
        events.publishEvent(new DraftCreated(draft.draftId(), draft.unitId(), content.type().name(),
                content.summary()));
        return draft.draftId();
    }

    @Override
    public DraftView save(DraftId id, long version, DraftContent content) {
        DocumentDraft draft = reachable.editable(id);
        draft.revise(version, content, me(), clock.instant());
        drafts.flush();
        revisions.save(new DraftRevision(draft, content));
        events.publishEvent(new DraftSaved(id, draft.unitId(), draft.revision(), content.summary()));
        return view(draft);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DraftView> find(DraftId id) {
        return drafts.findById(id.value()).map(reachable::checkedReads).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftSummary> mine() {
        List<IssuingBodyView> readable = bodies.reachable();
        if (readable.isEmpty()) {
            return List.of();
        }
        List<UnitId> units = readable.stream().map(IssuingBodyView::unitId).toList();
        return drafts.findByUnitIdInOrderByUpdatedAtDescIdDesc(UnitId.valuesOf(units)).stream()
                .map(draft -> new DraftSummary(draft.draftId(), nameOf(readable, draft), draft.type(), draft.summary(),
                        draft.revision(), draft.draftedBy(), draft.updatedAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DraftVersion> versions(DraftId id) {
        reachable.readable(id);
        return revisions.findByDraftIdOrderByRevisionDesc(id.value()).stream().map(DraftRevision::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(DraftId id) {
        return print.preview(reachable.readable(id));
    }

    private DraftView view(DocumentDraft draft) {
        String bodyName = bodies.find(draft.issuingBodyId()).map(IssuingBodyView::nameOnOneLine).orElse("");
        return new DraftView(draft.draftId(), draft.issuingBodyId(), bodyName, draft.content(), draft.revision(),
                draft.draftedBy(), draft.updatedAt(), draft.version(), reachable.mayEdit(draft));
    }

    private static String nameOf(List<IssuingBodyView> bodies, DocumentDraft draft) {
        return bodies.stream().filter(body -> body.id().equals(draft.issuingBodyId())).findFirst()
                .map(IssuingBodyView::nameOnOneLine).orElse("");
    }

    private String me() {
        return currentUser.actor().username();
    }
}
