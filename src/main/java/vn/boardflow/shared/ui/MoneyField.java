package vn.boardflow.shared.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseNumbers;

/**
 * An amount in đồng as people type it ("30000000", "30.000.000 đ"), shown grouped once typed with the amount in
 * words under it, so a zero too many is seen before it is saved; what cannot be an amount is marked, not taken.
 */
public class MoneyField extends CustomField<Money> {

    private final TextField text = new TextField();

    public MoneyField(String label) {
        setLabel(label);
        // the field's label is the custom field's; screen readers and keyboards reach the box typed in by it too
        text.setAriaLabel(label);
        text.setSuffixComponent(new Span("đ"));
        text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidthFull();
        text.addValueChangeListener(change -> {
            Money value = read();
            if (value != null) {
                text.setValue(VietnameseNumbers.grouped(value.dong()));
            }
            setHelperText(value == null ? null : value.inWords());
            updateValue();
        });
        add(text);
    }

    @Override
    protected Money generateModelValue() {
        return read();
    }

    @Override
    protected void setPresentationValue(Money value) {
        text.setValue(value == null ? "" : VietnameseNumbers.grouped(value.dong()));
        setHelperText(value == null ? null : value.inWords());
        setInvalid(false);
    }

    /** The amount typed, {@code null} when empty or not an amount (the field then says why). */
    private Money read() {
        if (text.getValue().isBlank()) {
            setInvalid(false);
            return null;
        }
        try {
            Money value = Money.parse(text.getValue());
            setInvalid(false);
            return value;
        } catch (RuleViolation e) {
            setErrorMessage(Messages.text(e.messageKey(), e.arguments()));
            setInvalid(true);
            return null;
        }
    }
}
