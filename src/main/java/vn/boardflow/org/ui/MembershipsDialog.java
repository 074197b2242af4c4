package vn.boardflow.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Memberships.GrantRole;
import vn.boardflow.org.Memberships.MembershipView;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.Buttons;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/** The roles a user holds in units, with the dates they hold them; ending keeps the history, removing does not. */
class MembershipsDialog extends Dialog {

    private final Memberships memberships;
    private final UserSummary user;
    private final LocalDate today;
    private final Grid<MembershipView> grid = new Grid<>();

    MembershipsDialog(Memberships memberships, Organisation organisation, UserSummary user, LocalDate today) {
        this.memberships = memberships;
        this.user = user;
        this.today = today;
        setHeaderTitle(Messages.text("membership.title", user.label()));
        setWidth("min(64rem, 100vw)");

        grid.addColumn(MembershipView::unitName).setHeader(Messages.text("membership.field.unit")).setFlexGrow(2);
        grid.addColumn(m -> Messages.text(m.role().messageKey())).setHeader(Messages.text("membership.field.role"));
        grid.addColumn(m -> VietnameseDates.format(m.validFrom())).setHeader(Messages.text("membership.field.from"))
                .setAutoWidth(true);
        grid.addColumn(m -> VietnameseDates.format(m.validTo())).setHeader(Messages.text("membership.field.to"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> m.activeToday()
                        ? Badges.of(Messages.text("membership.active"), Badges.Tone.SUCCESS)
                        : Badges.of(Messages.text("membership.inactive"), Badges.Tone.CONTRAST))
                .setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Messages.text("membership.empty"));
        grid.setAllRowsVisible(true);

        UnitPicker unit = new UnitPicker(Messages.text("membership.field.unit"), organisation.today());
        Select<Role> role = new Select<>();
        role.setLabel(Messages.text("membership.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> Messages.text(r.messageKey()));
        DatePicker from = DatePickers.create(Messages.text("membership.field.from"));
        from.setValue(today);
        DatePicker to = DatePickers.create(Messages.text("membership.field.to"));
        to.setHelperText(Messages.text("membership.field.to.helper"));
        Button grant = Buttons.once(new Button(Messages.text("membership.grant")), () -> {
            if (unit.getValue() == null || role.getValue() == null) {
                unit.setInvalid(unit.getValue() == null);
                role.setInvalid(role.getValue() == null);
                unit.setErrorMessage(Messages.text("validation.required"));
                role.setErrorMessage(Messages.text("validation.required"));
                return;
            }
            Actions.runAndThen(() -> memberships.grant(new GrantRole(user.id(), unit.getValue().id(), role.getValue(),
                    from.getValue(), to.getValue())), "membership.granted", this::refresh);
        });
        grant.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(unit, role, from, to);
        form.setColspan(unit, 2);

        add(grid, new H4(Messages.text("membership.add")), form, grant);
        getFooter().add(new Button(Messages.text("action.close"), click -> close()));
        refresh();
    }

    private Component rowActions(MembershipView membership) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (membership.validTo() == null || membership.validTo().isAfter(today)) {
            Button end = new Button(Messages.text("membership.end"), click -> endDialog(membership).open());
            end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(end);
        }
        Button remove = new Button(Messages.text("action.delete"), click -> ConfirmDialogs.confirm(
                Messages.text("membership.remove.title"),
                Messages.text("membership.remove.text", Messages.text(membership.role().messageKey()),
                        membership.unitName()),
                Messages.text("action.delete"),
                () -> Actions.runAndThen(() -> memberships.remove(membership.id()), "membership.removed",
                        this::refresh)));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        actions.add(remove);
        return actions;
    }

    private FormDialog endDialog(MembershipView membership) {
        DatePicker lastDay = DatePickers.create(Messages.text("membership.field.lastDay"));
        lastDay.setValue(today);
        FormDialog dialog = new FormDialog(Messages.text("membership.end.title"), Messages.text("membership.end"),
                () -> Actions.runAndThen(() -> memberships.end(membership.id(), lastDay.getValue()), "membership.ended",
                        this::refresh));
        dialog.fields(lastDay);
        return dialog;
    }

    private void refresh() {
        grid.setItems(memberships.of(user.id()));
    }
}
