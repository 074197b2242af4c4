package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * What a ward writes in a settlement dossier: what the spending was for and when, the amount it asks to be settled
 * (on its Giấy đề nghị thanh toán), and the vouchers. A new voucher gets the number after the highest in the
 * dossier, so its attachments and the accountant's comments stay with it through every change.
 *
 * @param activityFrom the first day of the activity, {@code null} when the spending is not for one event
 * @param requested    the amount asked for, which the vouchers must add up to; for an advance, the amount advanced
 * @param settleBy     for an advance, the day by which the ward is to send the dossier that settles it
 */
public record SettlementContent(String title, LocalDate activityFrom, LocalDate activityTo, Money requested,
                                List<Voucher> vouchers, LocalDate settleBy) {

    public static final int MAX_VOUCHERS = 500;

    public SettlementContent {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new RuleViolation("settlement.error.titleRequired");
        }
        if (title.length() > Voucher.MAX_TEXT) {
            throw new RuleViolation("settlement.error.titleTooLong", Voucher.MAX_TEXT);
        }
        if (activityFrom != null && activityTo != null && activityTo.isBefore(activityFrom)) {
            throw new RuleViolation("settlement.error.activitySpan");
        }
        requested = requested == null ? Money.ZERO : requested;
        if (requested.isNegative()) {
            throw new RuleViolation("settlement.error.requestedNegative");
        }
        List<Voucher> given = vouchers == null ? List.of() : vouchers;
        if (given.size() > MAX_VOUCHERS) {
            throw new RuleViolation("settlement.error.tooManyVouchers", MAX_VOUCHERS);
        }
        int highest = given.stream().mapToInt(Voucher::no).max().orElse(0);
        Set<Integer> seen = new HashSet<>();
        List<Voucher> numbered = new ArrayList<>();
        for (Voucher voucher : given) {
            Voucher kept = voucher.no() == 0 ? voucher.numbered(++highest) : voucher;
            if (!seen.add(kept.no())) {
                throw new IllegalArgumentException("two vouchers of a dossier under number " + kept.no());
            }
            numbered.add(kept);
        }
        vouchers = List.copyOf(numbered);
    }

    /** Spending settled with its vouchers, with no day to settle by. */
    public SettlementContent(String title, LocalDate activityFrom, LocalDate activityTo, Money requested,
                             List<Voucher> vouchers) {
        this(title, activityFrom, activityTo, requested, vouchers, null);
    }

    /** A dossier just opened: its title, nothing spent yet. */
    public static SettlementContent start(String title) {
        return new SettlementContent(title, null, null, Money.ZERO, List.of());
    }

    /** The start of the dossier that settles this advance: what it was for and when, nothing spent yet. */
    public SettlementContent settling() {
        return new SettlementContent("Thanh toán tạm ứng: " + title, activityFrom, activityTo, Money.ZERO, List.of());
    }

    /** The start of the dossier that corrects this one: the same vouchers, for the ward to put right. */
    public SettlementContent correcting() {
        return new SettlementContent("Điều chỉnh: " + title, activityFrom, activityTo, requested, vouchers);
    }

    public Money spent() {
        return vouchers.stream().map(Voucher::amount).reduce(Money.ZERO, Money::plus);
    }

    public Optional<Voucher> voucher(int no) {
        return vouchers.stream().filter(voucher -> voucher.no() == no).findFirst();
    }
}
