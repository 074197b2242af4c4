package vn.boardflow.fund;

import java.util.List;

/**
 * What a check found in a dossier: a blocking finding keeps the ward from sending it (more than the allocation, a
 * voucher outside the year, an invoice settled twice, a missing scan, a sum that does not add up); a warning is for
 * the accountant to weigh (spending over a norm, a voucher outside the activity's days).
 *
 * @param voucherNo the voucher it is about, {@code null} for the dossier as a whole
 */
public record SettlementFinding(boolean blocking, String messageKey, List<Object> arguments, Integer voucherNo) {

    public SettlementFinding {
        arguments = List.copyOf(arguments);
    }

    public static SettlementFinding blocking(String messageKey, Integer voucherNo, Object... arguments) {
        return new SettlementFinding(true, messageKey, List.of(arguments), voucherNo);
    }

    public static SettlementFinding warning(String messageKey, Integer voucherNo, Object... arguments) {
        return new SettlementFinding(false, messageKey, List.of(arguments), voucherNo);
    }
}
