package vn.boardflow.inspection;

import java.util.List;
import java.util.Optional;

/** The checklists rounds are opened with; each change is a new revision, and old rounds keep theirs. */
public interface ChecklistTemplates {

    /** The latest active revision of each checklist. */
    List<TemplateView> current();

    Optional<TemplateView> find(long id);

    record TemplateView(long id, int revision, Checklist checklist) {
    }
}
