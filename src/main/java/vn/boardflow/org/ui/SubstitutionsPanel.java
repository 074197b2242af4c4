package vn.boardflow.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.boardflow.org.Substitutions;
import vn.boardflow.org.Substitutions.NameSubstitute;
import vn.boardflow.org.Substitutions.SubstitutionView;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.Messages;

/**
 * Who covers for a user while they are away, and for whom the user covers. Used by the user for
 * themselves and by administrators for anyone.
 */
class SubstitutionsPanel extends VerticalLayout {

    private final Substitutions substitutions;
    private final long userId;
    private final Grid<SubstitutionView> grid = new Grid<>();

    SubstitutionsPanel(Substitutions substitutions, UserDirectory directory, long userId, LocalDate today) {
        this.substitutions = substitutions;
        this.userId = userId;
        setPadding(false);

        add(new Paragraph(Messages.text("substitution.explanation")));
        grid.addColumn(SubstitutionView::userName).setHeader(Messages.text("substitution.field.absent"));
        grid.addColumn(SubstitutionView::substituteName).setHeader(Messages.text("substitution.field.substitute"));
        grid.addColumn(s -> VietnameseDates.format(s.validFrom())).setHeader(Messages.text("substitution.field.from"))
                .setAutoWidth(true);
        grid.addColumn(s -> VietnameseDates.format(s.validTo())).setHeader(Messages.text("substitution.field.to"))
                .setAutoWidth(true);
        grid.addColumn(SubstitutionView::note).setHeader(Messages.text("substitution.field.note"));
        grid.addComponentColumn(this::cancelButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Messages.text("substitution.empty"));
        grid.setAllRowsVisible(true);

        UserPicker substitute = new UserPicker(Messages.text("substitution.field.substitute"), directory, userId);
        DatePicker from = DatePickers.create(Messages.text("substitution.field.from"));
        from.setValue(today);
        DatePicker to = DatePickers.create(Messages.text("substitution.field.to"));
        to.setValue(today.plusDays(7));
        TextField note = new TextField(Messages.text("substitution.field.note"));
        note.setMaxLength(300);
        Button add = Buttons.once(new Button(Messages.text("substitution.add")), () -> {
            if (substitute.getValue() == null) {
                substitute.setInvalid(true);
                substitute.setErrorMessage(Messages.text("validation.required"));
                return;
            }
            Actions.runAndThen(() -> substitutions.name(new NameSubstitute(userId, substitute.getValue().id(),
                    from.getValue(), to.getValue(), note.getValue())), "substitution.named", this::refresh);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(substitute, from, to, note);
        form.setColspan(substitute, 2);

        add(grid, new H4(Messages.text("substitution.new")), form, add);
        refresh();
    }

    private Button cancelButton(SubstitutionView substitution) {
        Button cancel = new Button(Messages.text("substitution.cancel"), click -> ConfirmDialogs.confirm(
                Messages.text("substitution.cancel.title"),
                Messages.text("substitution.cancel.text", substitution.substituteName(), substitution.userName()),
                Messages.text("substitution.cancel"),
                () -> Actions.runAndThen(() -> substitutions.cancel(substitution.id()), "substitution.cancelled",
                        this::refresh)));
        cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        cancel.setVisible(substitution.userId() == userId);
        return cancel;
    }

    private void refresh() {
        grid.setItems(substitutions.involving(userId));
    }
}
