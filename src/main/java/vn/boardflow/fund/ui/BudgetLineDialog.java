package vn.boardflow.fund.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.MoneyField;

/**
 * A budget line and its allocations: the activity, its expense item, the amount, then each ward's share with what
 * is still to be given shown as it is typed; the line is kept only once it is whole and the budget saves it.
 */
final class BudgetLineDialog {

    private BudgetLineDialog() {
    }

    /** @param line the line changed, {@code null} for a new one */
    static void open(BudgetView budget, List<ExpenseItem> items, BudgetLine line, Predicate<BudgetLine> saved) {
        TextField activity = new TextField(Messages.text("budget.field.activity"));
        activity.setRequiredIndicatorVisible(true);
        activity.setMaxLength(500);
        ComboBox<ExpenseItem> item = new ComboBox<>(Messages.text("budget.field.item"));
        item.setItems(items);
        item.setItemLabelGenerator(each -> each.label() + " (" + each.groupCode() + " " + each.groupName() + ")");
        item.setRequiredIndicatorVisible(true);
        MoneyField amount = new MoneyField(Messages.text("budget.field.amount"));
        amount.setRequiredIndicatorVisible(true);
        Span left = new Span();
        Map<Ward, MoneyField> shares = new LinkedHashMap<>();
        // two wards a row on a wide screen, one on a phone
        FormLayout wards = new FormLayout();
        wards.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (Ward ward : budget.wards()) {
            MoneyField share = new MoneyField(ward.name());
            shares.put(ward, share);
            wards.add(share);
        }
        Runnable balance = () -> {
            Money given = shares.values().stream().map(MoneyField::getValue).filter(Objects::nonNull)
                    .reduce(Money.ZERO, Money::plus);
            Money total = amount.getValue() == null ? Money.ZERO : amount.getValue();
            left.setText(Messages.text("budget.field.left", total.minus(given).display()));
            left.setClassName("field-warning", given.exceeds(total));
        };
        amount.addValueChangeListener(change -> balance.run());
        shares.values().forEach(share -> share.addValueChangeListener(change -> balance.run()));
        if (line != null) {
            activity.setValue(line.activity());
            items.stream().filter(each -> each.code().equals(line.itemCode())).findFirst().ifPresent(item::setValue);
            amount.setValue(line.amount());
            shares.forEach((ward, share) -> share.setValue(line.allocations().get(ward.unitId().value())));
        }
        balance.run();
        new FormDialog(Messages.text(line == null ? "budget.line.add" : "budget.line.edit"),
                Messages.text("budget.line.save"), () -> Actions.call(() -> {
                    if (amount.isInvalid() || shares.values().stream().anyMatch(MoneyField::isInvalid)) {
                        throw new RuleViolation("budget.error.amountTyped");
                    }
                    Map<Long, Money> allocations = new LinkedHashMap<>();
                    shares.forEach((ward, share) -> allocations.put(ward.unitId().value(), share.getValue()));
                    return new BudgetLine(line == null ? 0 : line.key(), activity.getValue(), item.getValue() == null ? null : item.getValue().code(),
                            amount.getValue(), line == null ? null : line.indicatorId(), allocations);
                }).map(saved::test).orElse(false))
                .wide(activity).wide(item).fields(amount, left).wide(new Span(Messages.text("budget.field.allocations")))
                .wide(wards).open();
    }
}
