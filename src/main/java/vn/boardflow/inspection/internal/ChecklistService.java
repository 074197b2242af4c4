package vn.boardflow.inspection.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.ChecklistTemplates;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ChecklistService implements ChecklistTemplates {

    private final ChecklistTemplateRepository templates;

    ChecklistService(ChecklistTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public List<TemplateView> current() {
        Map<String, ChecklistTemplate> latest = new LinkedHashMap<>();
        templates.findAllByOrderByNameAscRevisionDesc().stream().filter(ChecklistTemplate::active)
                .forEach(template -> latest.putIfAbsent(template.name(), template));
        return latest.values().stream().map(ChecklistTemplate::view).toList();
    }

    @Override
    public Optional<TemplateView> find(long id) {
        return templates.findById(id).map(ChecklistTemplate::view);
    }
}
