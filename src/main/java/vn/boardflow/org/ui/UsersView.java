package vn.boardflow.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.org.Memberships;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Substitutions;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.ResponsiveGrid;
import vn.boardflow.shared.ui.StackedCell;

/** User accounts: search, create, edit, deactivate, reset passwords, and open a user's roles and substitutes. */
@Route("admin/users")
@RolesAllowed("ADMIN")
@Menu(title = "nav.users", order = 21, icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory directory;
    private final UserAdministration administration;
    private final Substitutions substitutions;
    private final Clock clock;
    private final UserDialogs dialogs;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final List<Button> rowButtons;
    private final Button toggleActive = new Button();

    UsersView(UserDirectory directory, UserAdministration administration, Memberships memberships,
              Substitutions substitutions, Organisation organisation, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.substitutions = substitutions;
        this.clock = clock;
        this.dialogs = new UserDialogs(administration, this::refresh);
        setSizeFull();

        search.setPlaceholder(getTranslation("user.search"));
        search.setWidth("min(26rem, 100%)");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("user.create"), click -> dialogs.create().open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button edit = new Button(getTranslation("action.edit"), click -> dialogs.edit(selected()).open());
        Button roles = new Button(getTranslation("user.roles"), click ->
                new MembershipsDialog(memberships, organisation, selected(), today()).open());
        Button substitutes = new Button(getTranslation("user.substitutes"), click -> substitutesDialog(selected()));
        Button reset = new Button(getTranslation("user.resetPassword"), click -> dialogs.resetPassword(selected()).open());
        toggleActive.addClickListener(click -> toggleActive(selected()));
        rowButtons = List.of(edit, roles, substitutes, reset, toggleActive);

        FlexLayout toolbar = new FlexLayout(search, create, edit, roles, substitutes, reset, toggleActive);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(toolbar, grid);
        updateButtons();
    }

    private void configureGrid() {
        grid.setSizeFull();
        Grid.Column<UserSummary> compact = grid.addComponentColumn(this::compactCard)
                .setHeader(getTranslation("user.field.fullName"));
        ResponsiveGrid.bind(grid, compact, List.of(
                grid.addColumn(UserSummary::fullName).setHeader(getTranslation("user.field.fullName")).setFlexGrow(2),
                grid.addColumn(UserSummary::username).setHeader(getTranslation("user.field.username")),
                grid.addColumn(UserSummary::jobTitle).setHeader(getTranslation("user.field.jobTitle")).setFlexGrow(2),
                grid.addColumn(UserSummary::email).setHeader(getTranslation("user.field.email")).setFlexGrow(2),
                grid.addColumn(UserSummary::phone).setHeader(getTranslation("user.field.phone")),
                grid.addComponentColumn(this::status).setHeader(getTranslation("user.field.status")).setAutoWidth(true)));
        grid.setItems(query -> directory.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("user.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> updateButtons());
        grid.addItemDoubleClickListener(click -> dialogs.edit(click.getItem()).open());
    }

    private Component status(UserSummary user) {
        if (!user.active()) {
            return Badges.of(getTranslation("user.status.inactive"), Badges.Tone.CONTRAST);
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant())) {
            return Badges.of(getTranslation("user.status.locked"), Badges.Tone.ERROR);
        }
        return Badges.of(getTranslation("user.status.active"), Badges.Tone.SUCCESS);
    }

    private Component compactCard(UserSummary user) {
        return StackedCell.of(user.fullName(), user.username() + (user.jobTitle() == null ? "" : " · " + user.jobTitle()),
                status(user));
    }

    private void substitutesDialog(UserSummary user) {
        Dialog dialog = new Dialog(new SubstitutionsPanel(substitutions, directory, user.id(), today()));
        dialog.setHeaderTitle(getTranslation("substitution.title", user.label()));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private void toggleActive(UserSummary user) {
        if (user.active()) {
            ConfirmDialogs.confirm(getTranslation("user.deactivate.title"),
                    getTranslation("user.deactivate.text", user.label()), getTranslation("user.deactivate"),
                    () -> Actions.runAndThen(() -> administration.setActive(user.id(), false), "user.deactivated",
                            this::refresh));
        } else {
            Actions.runAndThen(() -> administration.setActive(user.id(), true), "user.activated", this::refresh);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
    }

    private void updateButtons() {
        UserSummary user = selected();
        rowButtons.forEach(button -> button.setEnabled(user != null));
        toggleActive.setText(getTranslation(user == null || user.active() ? "user.deactivate" : "user.activate"));
    }

    private UserSummary selected() {
        return grid.asSingleSelect().getValue();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
