package vn.boardflow.plan.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.shared.ui.Messages;

/** The plan's texts in the order of the document: header, legal bases, part I notes, parts II and III, signer, "Nơi nhận". */
class PlanForm extends VerticalLayout {

    private final TextField programme = new TextField(Messages.text("plan.field.programme"));
    private final TextArea summary = new TextArea(Messages.text("plan.field.summary"));
    private final TextArea legalBases = new TextArea(Messages.text("plan.field.legalBases"));
    private final TextArea preamble = new TextArea(Messages.text("plan.field.preamble"));
    private final TextArea targetNotes = new TextArea(Messages.text("plan.field.targetNotes"));
    private final TextArea closing = new TextArea(Messages.text("plan.field.closing"));
    private final Select<SigningForm> signingForm = new Select<>();
    private final TextField signerName = new TextField(Messages.text("plan.field.signerName"));
    private final SectionsEditor measures;
    private final SectionsEditor duties;
    private final RecipientsEditor recipients;

    PlanForm(PlanContent content, IssuingBodyView body, List<DistributionListView> lists, boolean readOnly) {
        setPadding(false);
        programme.setValue(content.programme());
        summary.setValue(content.summary());
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(1000);
        legalBases.setValue(String.join("\n", content.legalBases()));
        legalBases.setHelperText(Messages.text("plan.field.onePerLine"));
        preamble.setValue(content.preamble());
        targetNotes.setValue(String.join("\n", content.targetNotes()));
        targetNotes.setHelperText(Messages.text("plan.field.targetNotes.help"));
        closing.setValue(content.closing());
        signingForm.setLabel(Messages.text("plan.field.signingForm"));
        signingForm.setItems(body.signingAuthorities().stream().map(SigningAuthority::form).toList());
        signingForm.setItemLabelGenerator(form -> body.signingAuthorities().stream()
                .filter(authority -> authority.form() == form).findFirst()
                .map(authority -> authority.authorityLine() + " — " + authority.signerTitle()).orElse(form.name()));
        signingForm.setValue(content.signingForm());
        signerName.setValue(content.signerName());
        signerName.setRequiredIndicatorVisible(true);

        FormLayout header = new FormLayout(programme, summary, legalBases, preamble, targetNotes);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        measures = new SectionsEditor("II", content.measures(), readOnly);
        duties = new SectionsEditor("III", content.duties(), readOnly);
        FormLayout signature = new FormLayout(closing, signingForm, signerName);
        signature.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        signature.setColspan(closing, 2);
        recipients = new RecipientsEditor(content.recipients(), lists, readOnly);
        List.of(programme, summary, legalBases, preamble, targetNotes, closing, signerName)
                .forEach(field -> field.setReadOnly(readOnly));
        signingForm.setReadOnly(readOnly);
        add(header, new H3(Messages.text("plan.part.measures")), measures, new H3(Messages.text("plan.part.duties")),
                duties, new H3(Messages.text("plan.part.signature")), signature,
                new H3(Messages.text("plan.field.recipients")), recipients);
    }

    PlanContent content(List<TargetLine> targets) {
        return new PlanContent(programme.getValue(), summary.getValue(), Lines.of(legalBases.getValue()),
                preamble.getValue(), Lines.of(targetNotes.getValue()), targets, measures.sections(), duties.sections(),
                closing.getValue(), signingForm.getValue(), signerName.getValue(), recipients.recipients());
    }
}
