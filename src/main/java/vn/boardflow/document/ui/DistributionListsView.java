package vn.boardflow.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.DistributionLists.DistributionListView;
import vn.boardflow.document.DistributionLists.SaveDistributionList;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.StackedCell;

/** The clerk's saved distribution lists ("BTC Đề án các phường"), which the issue dialog starts from. */
@Route("documents/distribution-lists")
@RolesAllowed({"CLERK"})
@Menu(title = "nav.distributionLists", order = 34, icon = "vaadin:group")
class DistributionListsView extends VerticalLayout implements HasDynamicTitle {

    private final DistributionLists lists;
    private final Organisation organisation;
    private final Select<IssuingBodyView> body = new Select<>();
    private final Grid<DistributionListView> grid = new Grid<>();

    DistributionListsView(DistributionLists lists, IssuingBodies bodies, Organisation organisation, AccessPolicy access) {
        this.lists = lists;
        this.organisation = organisation;
        setSizeFull();
        List<IssuingBodyView> own = bodies.all().stream().filter(b -> access.can(Role.CLERK, b.unitId())).toList();
        body.setLabel(getTranslation("register.filter.body"));
        body.addClassName("body-picker");
        body.setItems(own);
        body.setItemLabelGenerator(IssuingBodyView::fullLabel);
        own.stream().findFirst().ifPresent(body::setValue);
        body.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("distribution.create"), click -> editor(null).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(body, create);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(list -> StackedCell.of(list.name(),
                        getTranslation("distribution.count", list.recipients().size())))
                .setHeader(getTranslation("distribution.column.name")).setFlexGrow(1);
        grid.addColumn(list -> String.join("; ", list.recipients().stream().map(Recipient::label).toList()))
                .setHeader(getTranslation("register.column.recipients")).setFlexGrow(3);
        grid.addComponentColumn(list -> {
            Button edit = new Button(getTranslation("action.edit"), click -> editor(list).open());
            edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Button delete = new Button(getTranslation("action.delete"), click -> ConfirmDialogs.confirm(
                    getTranslation("distribution.delete.title"), getTranslation("distribution.delete.text", list.name()),
                    getTranslation("action.delete"),
                    () -> Actions.runAndThen(() -> lists.delete(list.id()), "distribution.deleted", this::refresh)));
            delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            return new FlexLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("distribution.empty"));
        add(toolbar, grid);
        refresh();
    }

    private FormDialog editor(DistributionListView existing) {
        OrgChart chart = organisation.today();
        TextField name = new TextField(getTranslation("distribution.column.name"));
        name.setRequired(true);
        MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(getTranslation("issue.field.units"));
        units.setItems((unit, filter) -> TextFolding.matches(unit.name(), filter),
                chart.inTreeOrder());
        units.setItemLabelGenerator(OrgUnit::name);
        TextArea outside = new TextArea(getTranslation("issue.field.outside"));
        outside.setHelperText(getTranslation("register.field.recipients.helper"));
        if (existing != null) {
            name.setValue(existing.name());
            Set<OrgUnit> chosen = new LinkedHashSet<>();
            List<String> outsiders = new ArrayList<>();
            existing.recipients().forEach(recipient -> {
                if (recipient.isUnit()) {
                    chart.unit(recipient.unitId()).ifPresent(chosen::add);
                } else {
                    outsiders.add(recipient.label());
                }
            });
            units.setValue(chosen);
            outside.setValue(String.join("\n", outsiders));
        }
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "distribution.create" : "distribution.edit"),
                getTranslation("action.save"), () -> {
            List<Recipient> recipients = new ArrayList<>();
            units.getValue().forEach(unit -> recipients.add(Recipient.unit(unit.id(), unit.name())));
            Arrays.stream(outside.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> recipients.add(Recipient.outside(line)));
            return Actions.runAndThen(() -> lists.save(new SaveDistributionList(existing == null ? null : existing.id(),
                    body.getValue().id(), name.getValue(), recipients)), "distribution.saved", this::refresh);
        });
        dialog.wide(name).wide(units).wide(outside);
        return dialog;
    }

    private void refresh() {
        grid.setItems(body.getValue() == null ? List.of() : lists.of(body.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.distributionLists");
    }
}
