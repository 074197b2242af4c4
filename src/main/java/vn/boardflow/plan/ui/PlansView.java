package vn.boardflow.plan.ui;

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
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.plan.AnnualPlans.PlanFilter;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanDrafting;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanSummary;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.StackedCell;

/** Kế hoạch năm: the plans of the user's bodies, filtered by year, status and body; drafters start new ones here. */
@Route("plans")
@RolesAllowed({"DRAFTER", "REVIEWER", "LEADER", "CLERK", "ADMIN"})
@Menu(title = "nav.plans", order = 20, icon = "vaadin:calendar-briefcase")
class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final IntegerField year = new IntegerField();
    private final Select<DraftStatus> status = new Select<>();
    private final Select<IssuingBodyView> body = new Select<>();
    private final Grid<PlanSummary> grid = new Grid<>();

    PlansView(AnnualPlans plans, PlanDrafting drafting, IssuingBodies bodies, Clock clock) {
        setSizeFull();
        year.setLabel(getTranslation("plan.filter.year"));
        year.setStepButtonsVisible(true);
        year.setClearButtonVisible(true);
        status.setLabel(getTranslation("plan.filter.status"));
        status.setItems(DraftStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("plan.filter.allStatuses"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("plan.filter.allStatuses")
                : getTranslation(value.messageKey()));
        body.setLabel(getTranslation("plan.filter.body"));
        body.addClassName("body-picker");
        body.setItems(bodies.all());
        body.setEmptySelectionAllowed(true);
        body.setEmptySelectionCaption(getTranslation("plan.filter.allBodies"));
        body.setItemLabelGenerator(value -> value == null ? getTranslation("plan.filter.allBodies") : value.label());
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        body.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        FlexLayout toolbar = new FlexLayout(year, status, body);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<IssuingBodyView> drafted = plans.draftingBodies();
        if (!drafted.isEmpty()) {
            Button create = new Button(getTranslation("plan.create"), click -> NewPlanDialog.open(plans, drafting,
                    drafted, LocalDate.now(clock).getYear() + 1, this::open));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(create);
        }

        grid.setSizeFull();
        grid.addColumn(PlanSummary::year).setHeader(getTranslation("plan.column.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(plan -> StackedCell.of(plan.summary(), plan.issuingBodyName()))
                .setHeader(getTranslation("plan.column.summary")).setFlexGrow(3);
        grid.addComponentColumn(plan -> Badges.of(getTranslation(plan.status().messageKey()), plan.status().tone()))
                .setHeader(getTranslation("plan.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(plan -> plan.documentSymbol() == null ? "" : plan.documentSymbol())
                .setHeader(getTranslation("plan.column.symbol")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(plan -> VietnameseDates.format(plan.updatedAt())).setHeader(getTranslation("plan.column.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("plan.empty"));
        grid.setItems(query -> plans.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> plans.count(filter()));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        add(toolbar, grid);
    }

    private PlanFilter filter() {
        return new PlanFilter(year.getValue(), status.getValue(), body.getValue() == null ? null : body.getValue().id());
    }

    private void open(PlanId planId) {
        getUI().ifPresent(ui -> ui.navigate(PlanPage.class, planId.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plans");
    }
}
