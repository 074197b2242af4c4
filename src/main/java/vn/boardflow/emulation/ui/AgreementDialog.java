package vn.boardflow.emulation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.Agreements.RoundChoice;
import vn.boardflow.emulation.Clusters.ClusterView;
import vn.boardflow.emulation.Clusters.Member;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.Messages;

/**
 * Drawing up an agreement from the offered one: the chair (the next in the rotation), the inspection round its
 * inspection criteria read, the criteria, and each member's committed targets.
 */
class AgreementDialog extends Dialog {

    AgreementDialog(Agreements agreements, ClusterView cluster, NewAgreement offered, Consumer<AgreementId> created) {
        setHeaderTitle(getTranslation("emulation.agreement.create.title", offered.span().label(offered.year()),
                cluster.name()));
        setWidth("min(70rem, 100vw)");
        setCloseOnOutsideClick(false);
        Select<Member> chair = new Select<>();
        chair.setLabel(getTranslation("emulation.agreement.field.chair"));
        chair.setItems(cluster.members());
        chair.setItemLabelGenerator(Member::name);
        cluster.members().stream().filter(member -> member.unitId().equals(offered.chairUnitId())).findFirst()
                .ifPresent(chair::setValue);
        Select<Optional<RoundChoice>> round = new Select<>();
        round.setLabel(getTranslation("emulation.agreement.field.round"));
        List<Optional<RoundChoice>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        agreements.rounds(offered.clusterId()).forEach(choice -> choices.add(Optional.of(choice)));
        round.setItems(choices);
        round.setItemLabelGenerator(choice -> choice.map(RoundChoice::title)
                .orElse(getTranslation("emulation.agreement.field.noRound")));
        round.setValue(choices.stream().filter(choice -> choice.map(RoundChoice::id)
                .equals(Optional.ofNullable(offered.inspectionRound()))).findFirst().orElse(Optional.empty()));
        FormLayout head = new FormLayout(chair, round);
        CriteriaEditor criteria = new CriteriaEditor(offered.criteria());
        FormLayout commitments = new FormLayout();
        Map<UnitId, TextArea> committed = new HashMap<>();
        cluster.members().forEach(member -> {
            TextArea text = new TextArea(member.name());
            text.setMaxLength(2000);
            text.setPlaceholder(getTranslation("emulation.agreement.field.commitment"));
            committed.put(member.unitId(), text);
            commitments.add(text);
        });
        add(head, new H4(getTranslation("emulation.agreement.criteria")), criteria,
                new H4(getTranslation("emulation.agreement.commitments")), commitments);
        Button save = new Button(getTranslation("emulation.agreement.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-agreement");
        Buttons.once(save, () -> Actions.call(() -> {
            Map<UnitId, String> texts = new HashMap<>();
            committed.forEach((unit, text) -> texts.put(unit, text.getValue()));
            return agreements.create(new NewAgreement(offered.clusterId(), offered.campaignId(), offered.year(),
                    offered.span(), chair.getValue() == null ? null : chair.getValue().unitId(),
                    round.getValue().map(RoundChoice::id).orElse(null), criteria.value(), texts));
        }).ifPresent(id -> {
            close();
            created.accept(id);
        }));
        getFooter().add(new Button(Messages.text("action.cancel"), click -> close()), save);
    }
}
