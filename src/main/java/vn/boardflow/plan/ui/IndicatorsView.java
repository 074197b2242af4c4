package vn.boardflow.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.boardflow.plan.Indicators;
import vn.boardflow.plan.Indicators.IndicatorDetails;
import vn.boardflow.plan.Indicators.IndicatorView;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Badges;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;

/**
 * The indicator catalogue that plans set targets for. Retiring an indicator keeps it in the plans that
 * used it and stops offering it to new ones, so nothing is ever deleted.
 */
@Route("admin/indicators")
@RolesAllowed("ADMIN")
@Menu(title = "nav.indicators", order = 26, icon = "vaadin:chart-3d")
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    private final Indicators indicators;
    private final Grid<IndicatorView> grid = new Grid<>();
    private final Checkbox showRetired = new Checkbox(Messages.text("indicator.showRetired"));

    IndicatorsView(Indicators indicators) {
        this.indicators = indicators;
        setSizeFull();
        Button create = new Button(getTranslation("indicator.create"), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        showRetired.addValueChangeListener(change -> refresh());
        FlexLayout toolbar = new FlexLayout(create, showRetired);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setSizeFull();
        grid.addColumn(IndicatorView::position).setHeader(getTranslation("indicator.column.position")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndicatorView::name).setHeader(getTranslation("indicator.field.name")).setFlexGrow(3);
        grid.addColumn(IndicatorView::unitOfMeasure).setHeader(getTranslation("indicator.field.unit")).setAutoWidth(true);
        grid.addComponentColumn(indicator -> indicator.allocated()
                        ? Badges.of(getTranslation("indicator.allocated"), Badges.Tone.NORMAL)
                        : Badges.of(getTranslation("indicator.cityOnly"), Badges.Tone.CONTRAST))
                .setHeader(getTranslation("indicator.column.allocation")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(indicator -> indicator.active()
                        ? Badges.of(getTranslation("indicator.active"), Badges.Tone.SUCCESS)
                        : Badges.of(getTranslation("indicator.retired"), Badges.Tone.CONTRAST))
                .setHeader(getTranslation("indicator.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("indicator.empty"));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        add(new Paragraph(getTranslation("indicator.explanation")), toolbar, grid);
        refresh();
    }

    private void open(IndicatorView existing) {
        TextField name = new TextField(Messages.text("indicator.field.name"));
        name.setRequired(true);
        name.setMaxLength(300);
        TextField unit = new TextField(Messages.text("indicator.field.unit"));
        unit.setRequired(true);
        unit.setMaxLength(60);
        unit.setHelperText(Messages.text("indicator.field.unit.helper"));
        Checkbox allocated = new Checkbox(Messages.text("indicator.field.allocated"), true);
        Checkbox active = new Checkbox(Messages.text("indicator.field.active"), true);
        if (existing != null) {
            name.setValue(existing.name());
            unit.setValue(existing.unitOfMeasure());
            allocated.setValue(existing.allocated());
            active.setValue(existing.active());
        }
        new FormDialog(Messages.text(existing == null ? "indicator.create" : "indicator.edit"), Messages.text("action.save"),
                () -> Actions.runAndThen(() -> {
                    IndicatorDetails details = new IndicatorDetails(name.getValue(), unit.getValue(),
                            allocated.getValue(), active.getValue());
                    if (existing == null) {
                        indicators.create(details);
                    } else {
                        indicators.update(existing.id(), existing.version(), details);
                    }
                }, "indicator.saved", this::refresh))
                .wide(name).fields(unit, allocated).wide(active).open();
        name.focus();
    }

    private void refresh() {
        grid.setItems(indicators.list(showRetired.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indicators");
    }
}
