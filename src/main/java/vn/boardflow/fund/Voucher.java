package vn.boardflow.fund;

import java.time.LocalDate;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * A chứng từ of a settlement: its number and date, the invoice it pays (số hóa đơn, when there is one), what was
 * bought, under which tiểu mục, and the amount. Spending a norm is set for (meals of a conference per person and
 * day, refreshments per person and half-day) says for how many people and days or sessions.
 *
 * @param no       the voucher's place in its dossier, kept through changes, which attachments and comments name;
 *                 {@code 0} for a voucher not yet in a dossier, which the dossier numbers
 * @param persons  how many people the spending was for, {@code null} when no norm needs it
 * @param sessions how many days or half-days (as the item's norm counts them), {@code null} when none needs it
 */
public record Voucher(int no, String number, LocalDate date, String invoiceNumber, String content, String itemCode,
                      Money amount, Integer persons, Integer sessions) {

    public static final int MAX_TEXT = 300;

    public Voucher {
        number = strip(number);
        content = strip(content);
        invoiceNumber = strip(invoiceNumber);
        if (number.isEmpty()) {
            throw new RuleViolation("settlement.error.voucherNumberRequired");
        }
        if (date == null) {
            throw new RuleViolation("settlement.error.voucherDateRequired", number);
        }
        if (content.isEmpty()) {
            throw new RuleViolation("settlement.error.voucherContentRequired", number);
        }
        if (number.length() > MAX_TEXT || content.length() > MAX_TEXT || invoiceNumber.length() > MAX_TEXT) {
            throw new RuleViolation("settlement.error.voucherTextTooLong", number, MAX_TEXT);
        }
        if (itemCode == null || !itemCode.matches("\\d{4}")) {
            throw new RuleViolation("settlement.error.voucherItemRequired", number);
        }
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new RuleViolation("settlement.error.voucherAmountPositive", number);
        }
        if (persons != null && persons <= 0 || sessions != null && sessions <= 0) {
            throw new RuleViolation("settlement.error.voucherCountPositive", number);
        }
    }

    /** The same voucher under its dossier's number for it. */
    Voucher numbered(int place) {
        return new Voucher(place, number, date, invoiceNumber, content, itemCode, amount, persons, sessions);
    }

    public boolean hasInvoice() {
        return !invoiceNumber.isEmpty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
