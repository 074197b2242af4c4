package vn.boardflow.fund.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import vn.boardflow.fund.ExpenseItem;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.DatePickers;
import vn.boardflow.shared.ui.FormDialog;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.MoneyField;

/**
 * One voucher of a dossier: its number and date, the invoice, what it paid for under which tiểu mục, the amount,
 * and for spending a norm is set for how many people and days; kept once the dossier saves it.
 */
final class VoucherDialog {

    private VoucherDialog() {
    }

    /**
     * @param voucher the voucher changed, {@code null} for a new one
     * @param year    the budget's year, where a new voucher's date picker opens
     */
    static void open(List<ExpenseItem> items, int year, Voucher voucher, Predicate<Voucher> saved) {
        TextField number = new TextField(Messages.text("voucher.field.number"));
        number.setRequiredIndicatorVisible(true);
        number.setMaxLength(Voucher.MAX_TEXT);
        DatePicker date = DatePickers.create(Messages.text("voucher.field.date"));
        date.setRequiredIndicatorVisible(true);
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        TextField invoice = new TextField(Messages.text("voucher.field.invoice"));
        invoice.setMaxLength(Voucher.MAX_TEXT);
        TextField content = new TextField(Messages.text("voucher.field.content"));
        content.setRequiredIndicatorVisible(true);
        content.setMaxLength(Voucher.MAX_TEXT);
        ComboBox<ExpenseItem> item = new ComboBox<>(Messages.text("voucher.field.item"));
        item.setItems(items);
        item.setItemLabelGenerator(ExpenseItem::label);
        item.setRequiredIndicatorVisible(true);
        MoneyField amount = new MoneyField(Messages.text("voucher.field.amount"));
        amount.setRequiredIndicatorVisible(true);
        IntegerField persons = count("voucher.field.persons");
        IntegerField sessions = count("voucher.field.sessions");
        if (voucher != null) {
            number.setValue(voucher.number());
            date.setValue(voucher.date());
            invoice.setValue(voucher.invoiceNumber());
            content.setValue(voucher.content());
            items.stream().filter(each -> each.code().equals(voucher.itemCode())).findFirst().ifPresent(item::setValue);
            amount.setValue(voucher.amount());
            persons.setValue(voucher.persons());
            sessions.setValue(voucher.sessions());
        }
        new FormDialog(Messages.text(voucher == null ? "voucher.add" : "voucher.edit"), Messages.text("voucher.save"),
                () -> Actions.call(() -> {
                    if (amount.isInvalid() || date.isInvalid()) {
                        throw new RuleViolation("voucher.error.typed");
                    }
                    return new Voucher(voucher == null ? 0 : voucher.no(), number.getValue(), date.getValue(),
                            invoice.getValue(), content.getValue(), item.getValue() == null ? null
                            : item.getValue().code(), amount.getValue(), persons.getValue(), sessions.getValue());
                }).map(saved::test).orElse(false))
                .fields(number, date).fields(invoice, item).wide(content).fields(amount).fields(persons, sessions)
                .open();
    }

    private static IntegerField count(String labelKey) {
        IntegerField field = new IntegerField(Messages.text(labelKey));
        field.setMin(1);
        field.setHelperText(Messages.text("voucher.field.countHelp"));
        return field;
    }
}
