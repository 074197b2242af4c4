package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Messages;

/**
 * The parts of a document as a drafter writes them: the body typed one item a line ("I. …", "1. …", "a) …",
 * "- …", "Điều 1. …"), legal bases and outside recipients one a line, the units on the distribution list
 * picked from the organisation, and the annexes.
 */
class DraftEditor extends FormLayout {

    private final Select<DocumentType> type = new Select<>();
    private final TextArea summary = new TextArea(Messages.text("draft.field.summary"));
    private final TextField addressee = new TextField(Messages.text("draft.field.addressee"));
    private final TextArea legalBases = new TextArea(Messages.text("draft.field.legalBases"));
    private final TextArea opening = new TextArea(Messages.text("draft.field.opening"));
    private final TextArea body = new TextArea(Messages.text("draft.field.body"));
    private final TextArea closing = new TextArea(Messages.text("draft.field.closing"));
    private final Select<SigningForm> signingForm = new Select<>();
    private final TextField signer = new TextField(Messages.text("draft.field.signer"));
    private final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(Messages.text("draft.field.units"));
    private final TextArea outside = new TextArea(Messages.text("draft.field.outside"));
    private final AnnexesEditor annexes;
    private final OrgChart chart;
    /** The body's blocks shown, whose tables and pictures the text holds by their markers. */
    private List<Block> shownBlocks = List.of();

    DraftEditor(List<SigningAuthority> authorities, OrgChart chart, boolean editable) {
        this.chart = chart;
        this.annexes = new AnnexesEditor(editable);
        type.setLabel(Messages.text("draft.field.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(value -> Messages.text(value.messageKey()));
        summary.setRequired(true);
        summary.setMaxLength(DraftContent.MAX_SUMMARY);
        addressee.setHelperText(Messages.text("draft.field.addressee.helper"));
        legalBases.setHelperText(Messages.text("draft.field.legalBases.helper"));
        body.setHelperText(Messages.text("draft.field.body.helper"));
        body.setMinHeight("14rem");
        signingForm.setLabel(Messages.text("draft.field.signingForm"));
        signingForm.setItems(authorities.stream().map(SigningAuthority::form).toList());
        signingForm.setItemLabelGenerator(form -> authorities.stream().filter(a -> a.form() == form).findFirst()
                .map(a -> a.authorityLine() + " / " + a.signerTitle()).orElse(form.name()));
        units.setItems((unit, filter) -> TextFolding.matches(unit.name(), filter), chart.inTreeOrder());
        units.setItemLabelGenerator(OrgUnit::name);
        outside.setHelperText(Messages.text("draft.field.outside.helper"));
        add(type, summary, addressee, legalBases, opening, body, closing, signingForm, signer, units, outside, annexes);
        List.<Component>of(summary, legalBases, opening, body, closing, units, outside, annexes)
                .forEach(field -> setColspan(field, 2));
        List.<HasValue<?, ?>>of(type, summary, addressee, legalBases, opening, body, closing, signingForm, signer, units,
                outside).forEach(field -> field.setReadOnly(!editable));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    void show(DraftContent content) {
        type.setValue(content.type());
        summary.setValue(content.summary());
        addressee.setValue(content.addressee() == null ? "" : content.addressee());
        legalBases.setValue(String.join("\n", content.legalBases()));
        opening.setValue(content.opening() == null ? "" : content.opening());
        shownBlocks = content.blocks();
        body.setValue(BodyText.write(shownBlocks));
        closing.setValue(content.closing() == null ? "" : content.closing());
        signingForm.setValue(content.signingForm());
        signer.setValue(content.signer());
        Set<OrgUnit> chosen = new LinkedHashSet<>();
        List<String> outsiders = new ArrayList<>();
        for (Recipient recipient : content.recipients()) {
            if (recipient.isUnit()) {
                chart.unit(recipient.unitId()).ifPresent(chosen::add);
            } else {
                outsiders.add(recipient.label());
            }
        }
        units.setValue(chosen);
        outside.setValue(String.join("\n", outsiders));
        annexes.show(content.annexes());
    }

    /** What the fields say now; the content refuses a missing type or summary. */
    DraftContent content() {
        List<Recipient> recipients = new ArrayList<>();
        units.getValue().forEach(unit -> recipients.add(Recipient.unit(unit.id(), unit.name())));
        BodyText.lines(outside.getValue()).forEach(line -> recipients.add(Recipient.outside(line)));
        return new DraftContent(type.getValue(), summary.getValue(), addressee.getValue(),
                BodyText.lines(legalBases.getValue()), opening.getValue(), BodyText.parse(body.getValue(), shownBlocks),
                closing.getValue(), signingForm.getValue(), signer.getValue(), recipients, annexes.annexes());
    }
}
