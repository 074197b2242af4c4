package vn.boardflow.fund.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.Voucher;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;

/**
 * The checks of a settlement dossier, from what it says and what the body already knows: the vouchers add up to
 * what is asked; with what the ward's other dossiers on the same allocation ask, nothing exceeds the allocation;
 * every voucher lies in the budget's year (and, as a warning, in the activity's days), under an item in force on
 * its date, with its scan, and with an invoice no other voucher of the body has settled; spending with a norm says
 * for how many people and days, and (as a warning) stays under the norm.
 *
 * An advance is checked for what it has instead: an amount, within what is left of the allocation, and a day to
 * settle it by that has not passed.
 *
 * @param kind            a settlement or an advance
 * @param today           the day it is judged, in Vietnam
 * @param year            the budget's year
 * @param allocation      what the ward was given on the line, as decided
 * @param elsewhere       what the ward's other dossiers on the allocation ask, or were approved for
 * @param invoicesSettled the invoice numbers of the body's other sent dossiers, as {@link #invoiceKey} writes them
 * @param attached        the vouchers that carry a scan or photo
 * @param itemInForce     whether an item applies on a day
 * @param norm            the norm an item's voucher of a day is judged by
 */
record SettlementChecks(DossierKind kind, LocalDate today, int year, Money allocation, Money elsewhere,
                        Set<String> invoicesSettled, Set<Integer> attached, BiPredicate<String, LocalDate> itemInForce,
                        BiFunction<String, LocalDate, Optional<SpendingNorm>> norm) {

    List<SettlementFinding> of(SettlementContent content) {
        return kind == DossierKind.ADVANCE ? ofAdvance(content) : ofSettlement(content);
    }

    private List<SettlementFinding> ofAdvance(SettlementContent content) {
        List<SettlementFinding> findings = new ArrayList<>();
        if (content.requested().isZero()) {
            findings.add(SettlementFinding.blocking("advance.check.noAmount", null));
        }
        if (content.settleBy() == null) {
            findings.add(SettlementFinding.blocking("advance.check.noSettleBy", null));
        } else if (content.settleBy().isBefore(today)) {
            findings.add(SettlementFinding.blocking("advance.check.settleByPast", null,
                    VietnameseDates.format(content.settleBy())));
        }
        overAllocation(content.requested(), findings);
        return findings;
    }

    private List<SettlementFinding> ofSettlement(SettlementContent content) {
        List<SettlementFinding> findings = new ArrayList<>();
        Money spent = content.spent();
        if (content.vouchers().isEmpty()) {
            findings.add(SettlementFinding.blocking("settlement.check.noVouchers", null));
        } else if (!spent.equals(content.requested())) {
            findings.add(SettlementFinding.blocking("settlement.check.totalMismatch", null,
                    content.requested().display(), spent.display()));
        }
        overAllocation(spent, findings);
        Set<String> invoicesHere = new HashSet<>();
        for (Voucher voucher : content.vouchers()) {
            check(voucher, content, invoicesHere, findings);
        }
        return findings;
    }

    private void overAllocation(Money amount, List<SettlementFinding> findings) {
        if (amount.plus(elsewhere).exceeds(allocation)) {
            findings.add(SettlementFinding.blocking("settlement.check.overAllocation", null, amount.display(),
                    elsewhere.display(), allocation.display(), amount.plus(elsewhere).minus(allocation).display()));
        }
    }

    private void check(Voucher voucher, SettlementContent content, Set<String> invoicesHere,
                       List<SettlementFinding> findings) {
        Integer no = voucher.no();
        String date = VietnameseDates.format(voucher.date());
        if (voucher.date().getYear() != year) {
            findings.add(SettlementFinding.blocking("settlement.check.outsideYear", no, voucher.number(), date, year));
        } else if (outsideActivity(voucher.date(), content)) {
            findings.add(SettlementFinding.warning("settlement.check.outsideActivity", no, voucher.number(), date,
                    VietnameseDates.format(content.activityFrom()), VietnameseDates.format(content.activityTo())));
        }
        if (!itemInForce.test(voucher.itemCode(), voucher.date())) {
            findings.add(SettlementFinding.blocking("settlement.check.itemNotInForce", no, voucher.itemCode(),
                    voucher.number(), date));
        }
        if (!attached.contains(voucher.no())) {
            findings.add(SettlementFinding.blocking("settlement.check.missingAttachment", no, voucher.number()));
        }
        if (voucher.hasInvoice()) {
            String key = invoiceKey(voucher.invoiceNumber());
            if (!invoicesHere.add(key) || invoicesSettled.contains(key)) {
                findings.add(SettlementFinding.blocking("settlement.check.duplicateInvoice", no,
                        voucher.invoiceNumber(), voucher.number()));
            }
        }
        norm.apply(voucher.itemCode(), voucher.date()).ifPresent(applying -> checkNorm(voucher, applying, findings));
    }

    private static void checkNorm(Voucher voucher, SpendingNorm norm, List<SettlementFinding> findings) {
        if (voucher.persons() == null || norm.basis().countsSessions() && voucher.sessions() == null) {
            findings.add(SettlementFinding.blocking("settlement.check.normCounts", voucher.no(), voucher.number(),
                    norm.name()));
            return;
        }
        Money ceiling = norm.ceiling(voucher.persons(), voucher.sessions() == null ? 1 : voucher.sessions());
        if (voucher.amount().exceeds(ceiling)) {
            findings.add(SettlementFinding.warning("settlement.check.overNorm", voucher.no(), voucher.number(),
                    voucher.amount().display(), ceiling.display(), norm.name(), norm.legalBasis()));
        }
    }

    private static boolean outsideActivity(LocalDate date, SettlementContent content) {
        return content.activityFrom() != null && content.activityTo() != null
                && (date.isBefore(content.activityFrom()) || date.isAfter(content.activityTo()));
    }

    /** An invoice number as compared: "0001234" and "1234 " are the same invoice, "AA/18E 123" keeps its series. */
    static String invoiceKey(String invoiceNumber) {
        String compact = invoiceNumber.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return compact.matches("\\d+") ? compact.replaceFirst("^0+(?=\\d)", "") : compact;
    }
}
