package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.emulation.CommendationRule;
import vn.boardflow.emulation.Nominee;
import vn.boardflow.emulation.Proposals.ProposalDetails;
import vn.boardflow.shared.ui.Messages;

/**
 * A proposal's details as fields: whom (a person of a unit, or the unit itself), for which title or form of those
 * in force, the achievements in short, and what the checks need to know. A collective is named after its unit
 * until another name is typed; the forms offered are those for the kind of nominee chosen.
 */
class ProposalForm {

    final Select<Nominee> nominee = new Select<>();
    final ComboBox<Member> unit = new ComboBox<>(Messages.text("emulation.proposal.field.unit"));
    final TextField name = new TextField(Messages.text("emulation.proposal.field.name"));
    final TextField position = new TextField(Messages.text("emulation.proposal.field.position"));
    final ComboBox<CommendationRule> form = new ComboBox<>(Messages.text("emulation.proposal.field.form"));
    final TextArea achievements = new TextArea(Messages.text("emulation.proposal.field.achievements"));
    final IntegerField members = new IntegerField(Messages.text("emulation.proposal.field.members"));
    final Checkbox disciplined = new Checkbox(Messages.text("emulation.proposal.field.disciplined"));
    private final List<CommendationRule> forms;

    ProposalForm(List<Member> units, List<CommendationRule> forms, ProposalDetails shown) {
        this.forms = forms;
        nominee.setLabel(Messages.text("emulation.proposal.field.nominee"));
        nominee.setItems(Nominee.values());
        nominee.setItemLabelGenerator(each -> Messages.text(each.messageKey()));
        unit.setItems(units);
        unit.setItemLabelGenerator(Member::name);
        name.setMaxLength(200);
        position.setMaxLength(200);
        form.setItemLabelGenerator(rule -> rule.name() + " · " + Messages.text(rule.category().messageKey()));
        achievements.setMaxLength(2000);
        members.setMin(1);
        nominee.addValueChangeListener(change -> nomineeChosen());
        unit.addValueChangeListener(change -> {
            if (nominee.getValue() == Nominee.COLLECTIVE && change.getValue() != null
                    && (name.isEmpty() || change.getOldValue() != null && name.getValue().equals(change.getOldValue().name()))) {
                name.setValue(change.getValue().name());
            }
        });
        nominee.setValue(shown == null ? Nominee.INDIVIDUAL : shown.nominee());
        if (shown == null) {
            unit.setValue(units.isEmpty() ? null : units.getFirst());
            return;
        }
        units.stream().filter(member -> member.unitId().equals(shown.nomineeUnitId())).findFirst()
                .ifPresent(unit::setValue);
        name.setValue(shown.nomineeName());
        position.setValue(shown.position() == null ? "" : shown.position());
        forms.stream().filter(rule -> rule.code().equals(shown.formCode())).findFirst().ifPresent(form::setValue);
        achievements.setValue(shown.achievements());
        members.setValue(shown.memberCount());
        disciplined.setValue(shown.disciplined());
    }

    private void nomineeChosen() {
        Nominee chosen = nominee.getValue();
        form.setItems(forms.stream().filter(rule -> rule.nominee() == chosen).toList());
        position.setVisible(chosen == Nominee.INDIVIDUAL);
        members.setVisible(chosen == Nominee.COLLECTIVE);
        if (chosen == Nominee.COLLECTIVE && unit.getValue() != null && name.isEmpty()) {
            name.setValue(unit.getValue().name());
        }
    }

    ProposalDetails details(CampaignId campaignId) {
        return new ProposalDetails(campaignId, nominee.getValue(), name.getValue(), position.getValue(),
                unit.getValue() == null ? null : unit.getValue().unitId(),
                form.getValue() == null ? null : form.getValue().code(), achievements.getValue(), members.getValue(),
                disciplined.getValue());
    }

    List<Component> rows() {
        return List.of(nominee, unit, name, position, form, achievements, members, disciplined);
    }

    /** The details of a proposal the user may no longer change, or never could. */
    void readOnly() {
        List.<HasValue<?, ?>>of(nominee, unit, name, position, form, achievements, members, disciplined)
                .forEach(field -> field.setReadOnly(true));
    }
}
