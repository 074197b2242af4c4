package vn.boardflow.inspection.checklist.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.internal.ChecklistRevisions;
import vn.boardflow.shared.RuleViolation;

@Component
@Transactional(readOnly = true)
class TemplateRevisions implements ChecklistRevisions {

    private final ChecklistTemplateRepository templates;

    TemplateRevisions(ChecklistTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public Checklist of(long templateId) {
        return templates.findById(templateId).orElseThrow().checklist();
    }

    @Override
    public void checkAvailable(long templateId, IssuingBodyId issuingBodyId) {
        ChecklistTemplate template = templates.findById(templateId)
                .orElseThrow(() -> new RuleViolation("inspection.error.templateNotFound"));
        if (!template.active()) {
            throw new RuleViolation("inspection.error.templateRetired", template.name());
        }
        if (!template.availableTo(issuingBodyId)) {
            throw new RuleViolation("inspection.error.templateOfAnotherBody", template.name());
        }
    }

    @Override
    public long latestRevisionOf(long templateId, IssuingBodyId issuingBodyId) {
        String name = templates.findById(templateId).orElseThrow().name();
        List<ChecklistTemplate> inUse = templates.latestInUse().stream()
                .filter(template -> template.availableTo(issuingBodyId)).toList();
        return inUse.stream().filter(template -> template.name().equals(name)).findFirst()
                .or(() -> inUse.stream().findFirst()).map(ChecklistTemplate::id).orElse(templateId);
    }
}
