package vn.boardflow.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodies.IssuingBodyDetails;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/**
 * Adds or edits an issuing body. The heading lines and titles are typed as people write them and stored
 * in upper case; the signing forms are rows the administrator adds and removes.
 */
class IssuingBodyDialog extends FormDialog {

    IssuingBodyDialog(IssuingBodies bodies, List<OrgUnit> administeredUnits, IssuingBodyView existing,
                      Runnable afterSave) {
        this(bodies, new Fields(administeredUnits, existing), existing, afterSave);
    }

    private IssuingBodyDialog(IssuingBodies bodies, Fields fields, IssuingBodyView existing, Runnable afterSave) {
        super(Messages.text(existing == null ? "issuingBody.create" : "issuingBody.edit"), Messages.text("action.save"),
                () -> Actions.runAndThen(() -> {
                    if (existing == null) {
                        bodies.create(fields.details());
                    } else {
                        bodies.update(existing.id(), existing.version(), fields.details());
                    }
                }, "issuingBody.saved", afterSave));
        setWidth("min(52rem, 100vw)");
        wide(fields.unit).fields(fields.profile, fields.scheme).wide(fields.parentLine).wide(fields.name)
                .wide(fields.unionTitleWarning).fields(fields.abbreviation, fields.place).wide(fields.signatures);
    }

    private static final class Fields {

        final ComboBox<OrgUnit> unit = new ComboBox<>(Messages.text("issuingBody.field.unit"));
        final Select<FormatProfile> profile = new Select<>();
        final Select<NumberingScheme> scheme = new Select<>();
        final TextField parentLine = new TextField(Messages.text("issuingBody.field.parentLine"));
        final TextArea name = new TextArea(Messages.text("issuingBody.field.name"));
        final Span unionTitleWarning = new Span(Messages.text("issuingBody.warning.unionTitle"));
        final TextField abbreviation = new TextField(Messages.text("issuingBody.field.abbreviation"));
        final TextField place = new TextField(Messages.text("issuingBody.field.place"));
        final SignatureRows signatures = new SignatureRows();

        Fields(List<OrgUnit> administeredUnits, IssuingBodyView existing) {
            unit.setItems((candidate, filter) -> TextFolding.matches(candidate.name(), filter), administeredUnits);
            unit.setItemLabelGenerator(OrgUnit::name);
            unit.setRequired(true);
            profile.setLabel(Messages.text("issuingBody.field.profile"));
            profile.setItems(FormatProfile.values());
            profile.setItemLabelGenerator(value -> value == null ? "" : Messages.text(value.messageKey()));
            profile.setValue(FormatProfile.STATE);
            scheme.setLabel(Messages.text("issuingBody.field.scheme"));
            scheme.setItems(NumberingScheme.values());
            scheme.setItemLabelGenerator(value -> value == null ? "" : Messages.text(value.messageKey()));
            scheme.setValue(NumberingScheme.ONE_SEQUENCE);
            parentLine.setHelperText(Messages.text("issuingBody.field.parentLine.helper"));
            name.setHelperText(Messages.text("issuingBody.field.name.helper"));
            name.setRequired(true);
            abbreviation.setHelperText(Messages.text("issuingBody.field.abbreviation.helper"));
            place.setHelperText(Messages.text("issuingBody.field.place.helper"));
            for (TextField required : List.of(abbreviation, place)) {
                required.setRequired(true);
            }
            unionTitleWarning.addClassName("field-warning");
            unionTitleWarning.setVisible(false);
            profile.addValueChangeListener(change -> warnOfUnionTitle());
            parentLine.addValueChangeListener(change -> warnOfUnionTitle());
            name.addValueChangeListener(change -> warnOfUnionTitle());
            if (existing == null) {
                signatures.add(new SigningAuthority(SigningForm.TM, "", ""));
                return;
            }
            administeredUnits.stream().filter(candidate -> candidate.id().equals(existing.unitId())).findFirst()
                    .ifPresent(unit::setValue);
            profile.setValue(existing.profile());
            scheme.setValue(existing.scheme());
            parentLine.setValue(existing.parentLine());
            name.setValue(existing.name());
            abbreviation.setValue(existing.abbreviation());
            place.setValue(existing.place());
            existing.signingAuthorities().forEach(signatures::add);
        }

        /** The Union's format prints its title itself; typed into the heading too, it would show twice. */
        private void warnOfUnionTitle() {
            String heading = TextFolding.fold(parentLine.getValue() + " " + name.getValue());
            unionTitleWarning.setVisible(profile.getValue() == FormatProfile.YOUTH_UNION
                    && heading.contains(TextFolding.fold(FormatProfile.YOUTH_UNION.title())));
        }

        IssuingBodyDetails details() {
            if (unit.getValue() == null) {
                throw new RuleViolation("issuingBody.error.unitRequired");
            }
            return new IssuingBodyDetails(unit.getValue().id(), profile.getValue(),
                    parentLine.getValue(), name.getValue(), abbreviation.getValue().strip(), place.getValue(),
                    scheme.getValue(), signatures.value());
        }
    }

    /** The signing forms, one row each: the form, the authority line printed above the title, the title. */
    private static final class SignatureRows extends VerticalLayout {

        private final VerticalLayout rows = new VerticalLayout();
        private final List<Row> entries = new ArrayList<>();

        SignatureRows() {
            setPadding(false);
            setSpacing(false);
            rows.setPadding(false);
            Button add = new Button(Messages.text("issuingBody.signature.add"), VaadinIcon.PLUS.create(),
                    click -> add(new SigningAuthority(SigningForm.KT, "", "")));
            add.addThemeVariants(ButtonVariant.TERTIARY);
            H4 heading = new H4(Messages.text("issuingBody.signatures"));
            heading.getStyle().set("margin-top", "var(--lumo-space-l)");
            add(heading, rows, add);
        }

        void add(SigningAuthority authority) {
            Row row = new Row(authority);
            row.remove.addClickListener(click -> {
                entries.remove(row);
                rows.remove(row.layout);
            });
            entries.add(row);
            rows.add(row.layout);
        }

        List<SigningAuthority> value() {
            return entries.stream().map(Row::value).toList();
        }
    }

    private static final class Row {

        final Select<SigningForm> form = new Select<>();
        final TextField authorityLine = new TextField(Messages.text("issuingBody.signature.line"));
        final TextField signerTitle = new TextField(Messages.text("issuingBody.signature.title"));
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final HorizontalLayout layout = new HorizontalLayout(form, authorityLine, signerTitle, remove);

        Row(SigningAuthority authority) {
            form.setLabel(Messages.text("issuingBody.signature.form"));
            form.setItems(SigningForm.values());
            form.setItemLabelGenerator(value -> value == null ? "" : Messages.text("signingForm." + value.name()));
            form.setValue(authority.form());
            form.setWidth("14rem");
            // a new row's authority line starts with the form's prefix, which the administrator completes
            form.addValueChangeListener(change -> {
                if (change.isFromClient() && (authorityLine.isEmpty()
                        || authorityLine.getValue().strip().equals(change.getOldValue().prefix()))) {
                    authorityLine.setValue(change.getValue().prefix().isEmpty() ? "" : change.getValue().prefix() + " ");
                }
            });
            authorityLine.setValue(authority.authorityLine().isEmpty() && !authority.form().prefix().isEmpty()
                    ? authority.form().prefix() + " " : authority.authorityLine());
            signerTitle.setValue(authority.signerTitle());
            authorityLine.setRequired(true);
            signerTitle.setRequired(true);
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(Messages.text("issuingBody.signature.remove"));
            remove.setTooltipText(Messages.text("issuingBody.signature.remove"));
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setFlexGrow(1, authorityLine, signerTitle);
            layout.getStyle().set("flex-wrap", "wrap");
        }

        SigningAuthority value() {
            return new SigningAuthority(form.getValue(), authorityLine.getValue(), signerTitle.getValue());
        }
    }
}
