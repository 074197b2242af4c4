package vn.boardflow.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.ChecklistTemplates;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.InspectionRounds.RoundDetails;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/** Đợt kiểm tra: a body's rounds, newest first; the secretariat and the leaders open new ones here. */
@Route("inspections")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "INSPECTOR", "CLERK", "ADMIN"})
@Menu(title = "nav.inspections", order = 25, icon = "vaadin:clipboard-check")
class InspectionRoundsView extends VerticalLayout implements HasDynamicTitle {

    private final InspectionRounds rounds;
    private final ChecklistTemplates templates;
    private final Clock clock;
    private final Select<IssuingBodyView> body = new Select<>();
    private final Button open = new Button(Messages.text("inspection.open"));
    private final Grid<RoundView> grid = new Grid<>();

    InspectionRoundsView(InspectionRounds rounds, ChecklistTemplates templates, IssuingBodies bodies,
                         AccessPolicy access, Clock clock) {
        this.rounds = rounds;
        this.templates = templates;
        this.clock = clock;
        setSizeFull();
        List<IssuingBodyView> reachable = bodies.all().stream().filter(candidate -> access.canActIn(candidate.unitId()))
                .toList();
        body.setLabel(getTranslation("inspection.field.body"));
        body.addClassName("body-picker");
        body.setItems(reachable);
        body.setItemLabelGenerator(value -> value == null ? "" : value.fullLabel());
        body.addValueChangeListener(change -> refresh());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(click -> openRound());
        FlexLayout toolbar = new FlexLayout(body, open);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setSizeFull();
        grid.addColumn(RoundView::year).setHeader(getTranslation("inspection.column.year")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(round -> getTranslation(round.period().messageKey()))
                .setHeader(getTranslation("inspection.column.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundView::purpose).setHeader(getTranslation("inspection.field.purpose")).setFlexGrow(3);
        grid.addComponentColumn(round -> RoundBadges.of(round.status())).setHeader(getTranslation("inspection.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(round -> round.schedule().visits().size()).setHeader(getTranslation("inspection.column.wards"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("inspection.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RoundPage.class, click.getItem().id().value())));
        add(toolbar, grid);
        if (!reachable.isEmpty()) {
            body.setValue(reachable.getFirst());
        }
        refresh();
    }

    private void refresh() {
        IssuingBodyView selected = body.getValue();
        open.setVisible(selected != null && rounds.mayOrganise(selected.id()));
        grid.setItems(selected == null ? List.of() : rounds.of(selected.id()));
    }

    /** Until the summer the mid-year round is the one to prepare; from September, the year-end round. */
    private void openRound() {
        IssuingBodyView selected = body.getValue();
        LocalDate today = LocalDate.now(clock);
        IntegerField year = new IntegerField(Messages.text("inspection.field.year"));
        year.setValue(today.getYear());
        year.setStepButtonsVisible(true);
        Select<InspectionPeriod> period = new Select<>();
        period.setLabel(Messages.text("inspection.field.period"));
        period.setItems(InspectionPeriod.values());
        period.setItemLabelGenerator(value -> value == null ? "" : Messages.text(value.messageKey()));
        period.setValue(today.getMonthValue() < 9 ? InspectionPeriod.MID_YEAR : InspectionPeriod.YEAR_END);
        RoundDetailsFields details = new RoundDetailsFields(templates.availableTo(selected.id()), null, true, "");
        new FormDialog(Messages.text("inspection.open"), Messages.text("inspection.open.confirm"), () -> Actions.call(() -> {
            RoundDetails chosen = details.details();
            return rounds.open(new OpenRound(selected.id(), year.getValue() == null ? 0 : year.getValue(),
                    period.getValue(), chosen.templateId(), chosen.selfAssessment(), chosen.purpose()));
        }).map(id -> {
            getUI().ifPresent(ui -> ui.navigate(RoundPage.class, id.value()));
            return true;
        }).orElse(false))
                .fields(year, period).wide(details.checklist).wide(details.selfAssessment).wide(details.purpose).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspections");
    }
}
