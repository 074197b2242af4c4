package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ChecklistService implements ChecklistTemplates {

    private final ChecklistTemplateRepository templates;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ChecklistService(ChecklistTemplateRepository templates, AccessPolicy access, CurrentUser currentUser,
                     AuditLog auditLog, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public List<TemplateView> current() {
        return templates.latestInUse().stream().map(ChecklistTemplate::view).toList();
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
    public boolean mayEdit() {
        return !access.unitsWhere(Role.DRAFTER).isEmpty() || !access.unitsWhere(Role.LEADER).isEmpty();
    }

    @Override
    @Transactional
    public TemplateView publish(Long basedOnId, Checklist checklist) {
        checkMayEdit();
        if (checklist == null) {
            throw new RuleViolation("checklist.error.empty");
        }
        // the name's revisions, locked, so two editors saving at once make two revisions in turn, never one
        List<ChecklistTemplate> revisions = templates.lockByName(checklist.name());
        Optional<ChecklistTemplate> latest = revisions.stream().findFirst();
        if (latest.isPresent() && (basedOnId == null || !latest.get().id().equals(basedOnId))) {
            throw basedOnId == null
                    ? new RuleViolation("checklist.error.nameTaken", checklist.name())
                    : new RuleViolation("checklist.error.revisedMeanwhile", latest.get().revision());
        }
        int revision = latest.map(template -> template.revision() + 1).orElse(1);
        ChecklistTemplate saved = templates.save(new ChecklistTemplate(checklist, revision, clock.instant(),
                currentUser.actor().username()));
        auditLog.record(AuditRecord.of("checklist.published", "ChecklistTemplate", saved.id(), null, null,
                Map.of("name", checklist.name(), "revision", revision, "maxScore", checklist.maxScore())));
        return saved.view();
    }

    @Override
    @Transactional
    public void retire(long templateId) {
        checkMayEdit();
        String name = load(templateId).name();
        if (templates.latestInUse().stream().allMatch(template -> template.name().equals(name))) {
            throw new RuleViolation("checklist.error.lastInUse");
        }
        templates.lockByName(name).forEach(ChecklistTemplate::retire);
        auditLog.record(AuditRecord.of("checklist.retired", "ChecklistTemplate", templateId, null, null,
                Map.of("name", name)));
    }

    private void checkMayEdit() {
        if (!mayEdit()) {
            throw new AccessDeniedException("access.denied");
        }
    }

    private ChecklistTemplate load(long id) {
        return templates.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.templateNotFound"));
    }
}
