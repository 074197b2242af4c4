package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.inspection.ChecklistTemplates.TemplateView;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.shared.ui.Messages;

/**
 * A round's checklist, whether the wards score themselves first, and its purpose, as fields: in the
 * dialog that opens a round and on the page of a round still in draft.
 */
final class RoundDetailsFields {

    final Select<TemplateView> checklist = new Select<>();
    final Checkbox selfAssessment = new Checkbox(Messages.text("inspection.field.selfAssessment"));
    final TextArea purpose = new TextArea(Messages.text("inspection.field.purpose"));

    /**
     * @param inUse  the checklists new rounds may use
     * @param chosen the round's checklist, which stays a choice even once a newer revision is out
     */
    RoundDetailsFields(List<TemplateView> inUse, TemplateView chosen, boolean selfAssessed, String purposeText) {
        List<TemplateView> choices = new ArrayList<>(inUse);
        if (chosen != null && choices.stream().noneMatch(template -> template.id() == chosen.id())) {
            choices.add(chosen);
        }
        checklist.setLabel(Messages.text("inspection.field.checklist"));
        checklist.setItems(choices);
        checklist.setItemLabelGenerator(template -> template == null ? ""
                : Messages.text("inspection.checklistLabel", template.checklist().name(), template.revision(),
                template.checklist().maxScore()));
        checklist.setValue(chosen != null ? chosen : choices.isEmpty() ? null : choices.getFirst());
        selfAssessment.setValue(selfAssessed);
        purpose.setMaxLength(4000);
        purpose.setValue(purposeText);
        purpose.setWidthFull();
    }

    RoundDetails details() {
        return new RoundDetails(checklist.getValue() == null ? 0 : checklist.getValue().id(), selfAssessment.getValue(),
                purpose.getValue());
    }
}
