package vn.boardflow.inspection.checklist.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionEvents.ChecklistPublished;
import vn.boardflow.inspection.InspectionEvents.ChecklistRetired;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ChecklistService implements ChecklistTemplates {

    private final ChecklistTemplateRepository templates;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChecklistService(ChecklistTemplateRepository templates, IssuingBodies bodies, AccessPolicy access,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.bodies = bodies;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<TemplateView> current() {
        return templates.latestInUse().stream().map(ChecklistTemplate::view).toList();
    }

    @Override
    public List<TemplateView> availableTo(IssuingBodyId issuingBodyId) {
        return templates.latestInUse().stream().filter(template -> template.availableTo(issuingBodyId))
                .map(ChecklistTemplate::view).toList();
    }

    @Override
    public Optional<TemplateView> find(long id) {
        return templates.findById(id).map(ChecklistTemplate::view);
    }

    @Override
    public List<TemplateView> revisions(long templateId) {
        return templates.findByNameOrderByRevisionDesc(load(templateId).name()).stream()
                .map(ChecklistTemplate::view).toList();
    }

    @Override
    public boolean mayRevise(long templateId) {
        return mayEdit(load(templateId).issuingBodyId());
    }

    @Override
    public List<IssuingBodyView> bodiesForNewChecklists() {
        return bodies.all().stream().filter(body -> mayEditIn(body.unitId())).toList();
    }

    @Override
    @Transactional
    public TemplateView revise(long basedOnId, Checklist checklist) {
        ChecklistTemplate basedOn = load(basedOnId);
        checkMayEdit(basedOn.issuingBodyId());
        requireContent(checklist);
        if (!checklist.name().equals(basedOn.name())) {
            throw new RuleViolation("checklist.error.renamedRevision");
        }
        // the name's revisions, locked, so two editors saving at once make two revisions in turn, never one
        ChecklistTemplate latest = templates.lockByName(checklist.name()).getFirst();
        if (!latest.id().equals(basedOnId)) {
            throw new RuleViolation("checklist.error.revisedMeanwhile", latest.revision());
        }
        return save(basedOn.issuingBodyId(), checklist, latest.revision() + 1);
    }

    @Override
    @Transactional
    public TemplateView create(IssuingBodyId issuingBodyId, Checklist checklist) {
        checkMayEdit(issuingBodyId);
        requireContent(checklist);
        if (!templates.lockByName(checklist.name()).isEmpty()) {
            throw new RuleViolation("checklist.error.nameTaken", checklist.name());
        }
        return save(issuingBodyId, checklist, 1);
    }

    private TemplateView save(IssuingBodyId issuingBodyId, Checklist checklist, int revision) {
        ChecklistTemplate saved = templates.save(new ChecklistTemplate(issuingBodyId, checklist, revision,
                clock.instant(), currentUser.actor().username()));
        events.publishEvent(new ChecklistPublished(saved.id(), unitOf(issuingBodyId), checklist.name(), revision,
                checklist.maxScore()));
        return saved.view();
    }

    @Override
    @Transactional
    public void retire(long templateId) {
        ChecklistTemplate template = load(templateId);
        checkMayEdit(template.issuingBodyId());
        String name = template.name();
        // bodies without checklists of their own open rounds with the system's, so one of those stays in use
        if (template.issuingBodyId() == null && templates.latestInUse().stream()
                .filter(inUse -> inUse.issuingBodyId() == null).allMatch(inUse -> inUse.name().equals(name))) {
            throw new RuleViolation("checklist.error.lastInUse");
        }
        templates.lockByName(name).forEach(ChecklistTemplate::retire);
        events.publishEvent(new ChecklistRetired(templateId, unitOf(template.issuingBodyId()), name));
    }

    /**
     * A body's checklist is its drafters' and leaders'; one that comes with the system, which every body
     * uses, is for the administrators of a whole tree.
     */
    private boolean mayEdit(IssuingBodyId issuingBodyId) {
        if (issuingBodyId == null) {
            return access.canAdminister(null);
        }
        UnitId unitId = unitOf(issuingBodyId);
        return unitId != null && mayEditIn(unitId);
    }

    private boolean mayEditIn(UnitId unitId) {
        return access.can(Role.DRAFTER, unitId) || access.can(Role.LEADER, unitId);
    }

    private static void requireContent(Checklist checklist) {
        if (checklist == null) {
            throw new RuleViolation("checklist.error.empty");
        }
    }

    private void checkMayEdit(IssuingBodyId issuingBodyId) {
        AccessPolicy.require(mayEdit(issuingBodyId));
    }

    private UnitId unitOf(IssuingBodyId issuingBodyId) {
        return issuingBodyId == null ? null : bodies.find(issuingBodyId).map(IssuingBodyView::unitId).orElse(null);
    }

    private ChecklistTemplate load(long id) {
        return templates.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.templateNotFound"));
    }
}
