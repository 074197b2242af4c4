package vn.boardflow.fund.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.SpendingNorms;
import vn.boardflow.fund.SpendingNorms.NewNorm;
import vn.boardflow.fund.SpendingNorms.Province;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.MoneyField;
import vn.boardflow.shared.ui.StackedCell;

/**
 * Định mức chi, for the administrator: every norm with the text that sets it and the days it applies; a new text
 * is entered as a new norm once the old one is given its last day, so earlier vouchers keep being judged by theirs.
 */
@Route("admin/norms")
@RolesAllowed("ADMIN")
@Menu(title = "nav.norms", order = 22.5, icon = "vaadin:scale")
class SpendingNormsView extends VerticalLayout implements HasDynamicTitle {

    private final SpendingNorms norms;
    private final ExpenseItems items;
    private final Clock clock;
    private final Grid<SpendingNorm> grid = new Grid<>();

    SpendingNormsView(SpendingNorms norms, ExpenseItems items, Clock clock) {
        this.norms = norms;
        this.items = items;
        this.clock = clock;
        setSizeFull();
        Button add = new Button(getTranslation("norm.add"), VaadinIcon.PLUS.create(), click -> adding());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("spending-norms");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(norm -> StackedCell.of(norm.itemCode() + " · " + norm.name(), norm.legalBasis()))
                .setHeader(getTranslation("norm.column.norm")).setFlexGrow(3);
        grid.addColumn(norm -> norm.provinceName() == null ? getTranslation("norm.nationwide") : norm.provinceName())
                .setHeader(getTranslation("norm.column.scope")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(norm -> norm.maxAmount().display() + " / " + getTranslation(norm.basis().messageKey()))
                .setHeader(getTranslation("norm.column.ceiling")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(norm -> VietnameseDates.format(norm.validFrom()) + " – "
                        + (norm.validTo() == null ? getTranslation("norm.inForce") : VietnameseDates.format(norm.validTo())))
                .setHeader(getTranslation("norm.column.span")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(norm -> {
            Button close = new Button(getTranslation("norm.close"), click -> closing(norm));
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setVisible(norm.validTo() == null);
            return close;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("norm.empty"));
        refresh();
        add(add, grid);
    }

    private void refresh() {
        grid.setItems(norms.all());
    }

    private void adding() {
        List<Province> provinces = norms.provinces();
        Select<Optional<Province>> scope = new Select<>();
        scope.setLabel(getTranslation("norm.column.scope"));
        List<Optional<Province>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        provinces.forEach(province -> scopes.add(Optional.of(province)));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(each -> each.map(Province::name).orElse(getTranslation("norm.nationwide")));
        scope.setValue(scopes.size() > 1 ? scopes.get(1) : scopes.getFirst());
        DatePicker from = DatePickers.create(getTranslation("norm.field.from"));
        from.setValue(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        ComboBox<ExpenseItem> item = new ComboBox<>(getTranslation("voucher.field.item"));
        item.setItems(items.inForceOn(from.getValue()));
        item.setItemLabelGenerator(ExpenseItem::label);
        TextField name = new TextField(getTranslation("norm.field.name"));
        name.setMaxLength(300);
        Select<SpendingNorm.Basis> basis = new Select<>();
        basis.setLabel(getTranslation("norm.field.basis"));
        basis.setItems(SpendingNorm.Basis.values());
        basis.setItemLabelGenerator(each -> getTranslation(each.messageKey()));
        basis.setValue(SpendingNorm.Basis.PERSON_DAY);
        MoneyField ceiling = new MoneyField(getTranslation("norm.field.ceiling"));
        TextField legalBasis = new TextField(getTranslation("norm.field.legalBasis"));
        legalBasis.setMaxLength(300);
        legalBasis.setPlaceholder("Nghị quyết số …/2024/NQ-HĐND, Điều …");
        new FormDialog(getTranslation("norm.add"), getTranslation("norm.save"), () -> Actions.call(() -> {
            if (ceiling.isInvalid()) {
                throw new RuleViolation("voucher.error.typed");
            }
            return norms.add(new NewNorm(scope.getValue().map(Province::unitId).orElse(null),
                    item.getValue() == null ? null : item.getValue().code(), name.getValue(), basis.getValue(),
                    ceiling.getValue(), legalBasis.getValue(), from.getValue()));
        }).map(id -> {
            refresh();
            return true;
        }).orElse(false)).fields(scope, from).wide(item).wide(name).fields(basis, ceiling).wide(legalBasis).open();
    }

    private void closing(SpendingNorm norm) {
        DatePicker lastDay = DatePickers.create(getTranslation("norm.field.lastDay"));
        lastDay.setValue(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        new FormDialog(getTranslation("norm.close.title", norm.name()), getTranslation("norm.close"),
                () -> Actions.runAndThen(() -> norms.close(norm.id(), lastDay.getValue()), "norm.closed",
                        this::refresh)).wide(lastDay).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.norms");
    }
}
