package vn.boardflow.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.document.AmendmentKind;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.DocumentIssuance.Amendment;
import vn.boardflow.document.DocumentIssuance.Body;
import vn.boardflow.document.DocumentIssuance.Distribution;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.EntryOrigin;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Notifications;

/**
 * The records clerk issues a signed document: content as signed, signing authority and signer, and the
 * recipients (a distribution list to start from, units in the system, outside recipients). Issuing gives
 * the number; nothing can be edited afterwards.
 */
class IssueDocumentDialog extends FormDialog {

    /** With an {@code original}, the new document amends, replaces or corrects it. */
    IssueDocumentDialog(DocumentIssuance issuance, DistributionLists lists, IssuingBodyView body, OrgChart chart,
                        LocalDate today, IssuedDocumentView original) {
        this(issuance, new Fields(lists, body, chart, today, original), body, original);
    }

    private IssueDocumentDialog(DocumentIssuance issuance, Fields fields, IssuingBodyView body,
                                IssuedDocumentView original) {
        super(original == null ? Messages.text("issue.title", body.label())
                : Messages.text("issue.amendTitle", original.symbol()), Messages.text("issue.confirm"), () -> {
            Optional<IssuedDocumentView> issued = Actions.call(() -> issuance.issue(fields.command(body.id(), original)));
            issued.ifPresent(document -> {
                Notifications.success(Messages.text("issue.done", document.symbol()));
                UI.getCurrent().navigate(DocumentView.class, document.id());
            });
            return issued.isPresent();
        });
        setWidth("min(56rem, 100vw)");
        if (original != null) {
            wide(new Paragraph(Messages.text("issue.original", original.symbol(), original.summary())))
                    .wide(fields.amendmentKind);
        }
        fields(fields.type, fields.issuedOn).wide(fields.summary).fields(fields.draftingUnit, fields.addressee)
                .wide(fields.legalBases).wide(fields.preamble).wide(fields.body).wide(fields.closing)
                .fields(fields.signingForm, fields.signer).wide(fields.distributionList).wide(fields.units)
                .wide(fields.outside).wide(new Paragraph(Messages.text("issue.final")));
        fields.summary.focus();
    }

    private static final class Fields {
        final Select<AmendmentKind> amendmentKind = new Select<>();
        final Select<DocumentType> type = new Select<>();
        final DatePicker issuedOn;
        final TextArea summary = new TextArea(Messages.text("issue.field.summary"));
        final TextField draftingUnit = new TextField(Messages.text("register.field.draftingUnit"));
        final TextField addressee = new TextField(Messages.text("issue.field.addressee"));
        final TextArea legalBases = new TextArea(Messages.text("issue.field.legalBases"));
        final TextArea preamble = new TextArea(Messages.text("issue.field.preamble"));
        final TextArea body = new TextArea(Messages.text("issue.field.body"));
        final TextArea closing = new TextArea(Messages.text("issue.field.closing"));
        final Select<SigningAuthority> signingForm = new Select<>();
        final TextField signer = new TextField(Messages.text("register.field.signer"));
        final Select<DistributionListView> distributionList = new Select<>();
        final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(Messages.text("issue.field.units"));
        final TextArea outside = new TextArea(Messages.text("issue.field.outside"));

        Fields(DistributionLists lists, IssuingBodyView issuingBody, OrgChart chart, LocalDate today,
               IssuedDocumentView original) {
            type.setLabel(Messages.text("register.field.type"));
            type.setItems(DocumentType.values());
            type.setItemLabelGenerator(t -> Messages.text(t.messageKey()));
            type.setValue(DocumentType.KE_HOACH);
            issuedOn = DatePickers.create(Messages.text("register.field.issuedOn"));
            issuedOn.setValue(today);
            summary.setRequired(true);
            summary.setMaxLength(1000);
            summary.setHelperText(Messages.text("issue.field.summary.helper"));
            draftingUnit.setHelperText(Messages.text("issue.field.draftingUnit.helper"));
            addressee.setHelperText(Messages.text("issue.field.addressee.helper"));
            legalBases.setHelperText(Messages.text("issue.field.legalBases.helper"));
            body.setHelperText(Messages.text("issue.field.body.helper"));
            body.setMinHeight("12rem");
            signingForm.setLabel(Messages.text("issue.field.signingForm"));
            signingForm.setItems(issuingBody.signingAuthorities());
            signingForm.setItemLabelGenerator(a -> a.authorityLine() + " / " + a.signerTitle());
            issuingBody.signingAuthorities().stream().findFirst().ifPresent(signingForm::setValue);
            signer.setRequired(true);
            distributionList.setLabel(Messages.text("issue.field.distributionList"));
            distributionList.setItems(lists.of(issuingBody.id()));
            distributionList.setItemLabelGenerator(list -> list == null
                    ? Messages.text("issue.field.distributionList.none") : list.name());
            distributionList.setEmptySelectionAllowed(true);
            distributionList.setEmptySelectionCaption(Messages.text("issue.field.distributionList.none"));
            units.setItems((unit, filter) -> TextFolding.matches(unit.name(), filter),
                    chart.inTreeOrder());
            units.setItemLabelGenerator(OrgUnit::name);
            outside.setHelperText(Messages.text("register.field.recipients.helper"));
            distributionList.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    addRecipients(change.getValue().recipients(), chart);
                }
            });
            amendmentKind.setLabel(Messages.text("issue.field.amendmentKind"));
            amendmentKind.setItems(AmendmentKind.values());
            amendmentKind.setItemLabelGenerator(kind -> kind == null ? "" : Messages.text(kind.messageKey()));
            amendmentKind.setRequiredIndicatorVisible(true);
            if (original != null) {
                type.setValue(original.type());
                addRecipients(original.recipients(), chart);
            }
        }

        /** A list or the amended document fills the recipient fields, which the clerk then edits for this document. */
        private void addRecipients(List<Recipient> recipients, OrgChart chart) {
            Set<OrgUnit> chosen = new LinkedHashSet<>(units.getValue());
            List<String> outsiders = new ArrayList<>(BodyText.lines(outside.getValue()));
            for (Recipient recipient : recipients) {
                if (recipient.isUnit()) {
                    chart.unit(recipient.unitId()).ifPresent(chosen::add);
                } else if (!outsiders.contains(recipient.label())) {
                    outsiders.add(recipient.label());
                }
            }
            units.setValue(chosen);
            outside.setValue(String.join("\n", outsiders));
        }

        IssueDocument command(IssuingBodyId bodyId, IssuedDocumentView original) {
            List<Recipient> recipients = new ArrayList<>();
            units.getValue().forEach(unit -> recipients.add(Recipient.unit(unit.id(), unit.name())));
            BodyText.lines(outside.getValue()).forEach(line -> recipients.add(Recipient.outside(line)));
            SigningAuthority authority = signingForm.getValue();
            return new IssueDocument(new Heading(bodyId, type.getValue(), issuedOn.getValue(), summary.getValue(),
                    blankToNull(draftingUnit.getValue())), new Body(BodyText.lines(legalBases.getValue()),
                    blankToNull(preamble.getValue()), BodyText.parse(body.getValue()), blankToNull(closing.getValue())),
                    Signature.under(authority == null ? null : authority.form(), signer.getValue()),
                    new Distribution(addressee.getValue(), recipients),
                    original == null ? null : new Amendment(original.id(), amendmentKind.getValue()),
                    EntryOrigin.TYPED_IN);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
