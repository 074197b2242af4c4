package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.Settlements.Link;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.fund.Settlements.SettlementView;
import vn.boardflow.fund.SpendingNorm;
import vn.boardflow.fund.SpendingNorms;
import vn.boardflow.fund.Voucher;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.VietnameseDates;

/**
 * What a dossier is judged against and shown with: the allocation it settles, what the ward's other dossiers on it
 * count, the dossiers it is linked to, the invoices the body has settled, the scans its vouchers carry, the items
 * and norms of each voucher's day; then its checks' findings, and its view and summary.
 */
@Component
class SettlementFacts {

    private final BudgetRepository budgets;
    private final SettlementDossierRepository dossiers;
    private final SettlementAttachmentRepository attachments;
    private final SettlementInvoiceRepository invoices;
    private final ExpenseItems items;
    private final SpendingNorms norms;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final Clock clock;

    SettlementFacts(BudgetRepository budgets, SettlementDossierRepository dossiers,
                    SettlementAttachmentRepository attachments, SettlementInvoiceRepository invoices,
                    ExpenseItems items, SpendingNorms norms, IssuingBodies bodies, Organisation organisation,
                    Clock clock) {
        this.budgets = budgets;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.invoices = invoices;
        this.items = items;
        this.norms = norms;
        this.bodies = bodies;
        this.organisation = organisation;
        this.clock = clock;
    }

    List<SettlementFinding> findings(SettlementDossier dossier) {
        return new Judging(List.of(dossier)).findings(dossier);
    }

    /** The dossiers as lists show them, judged together: what they share (items, norms, scans) is read once. */
    List<SettlementSummary> summaries(List<SettlementDossier> found, boolean checked) {
        Judging judging = checked ? new Judging(found) : null;
        return found.stream().map(dossier -> summary(dossier, judging == null ? List.of()
                : judging.findings(dossier))).toList();
    }

    SettlementView view(SettlementDossier dossier, Set<SettlementAction> actions) {
        Budget budget = budgets.findById(dossier.budgetId().value()).orElseThrow();
        OrgChart chart = organisation.today();
        String activity = budget.decided().line(dossier.lineKey()).map(BudgetLine::activity).orElse("");
        IssuingBodyView body = bodies.find(dossier.issuingBodyId()).orElseThrow();
        return new SettlementView(dossier.settlementId(), dossier.kind(), dossier.budgetId(), dossier.lineKey(),
                dossier.year(), body.label(), activity, new Ward(dossier.wardUnitId(),
                chart.nameOf(dossier.wardUnitId())), dossier.content(), dossier.status(),
                dossier.replaces().flatMap(id -> dossiers.findById(id.value())).map(SettlementFacts::link).orElse(null),
                dossiers.followerOf(dossier.settlementId().value()).map(SettlementFacts::link).orElse(null),
                allocation(budget, dossier), elsewhere(dossier),
                dossier.approvedAmount(), dossier.approvalReason(), dossier.route().voucherComments(),
                attachments.findByDossierIdOrderByIdAsc(dossier.settlementId().value()), findings(dossier),
                dossier.trail(), actions, dossier.route().processInstanceId(), dossier.version());
    }

    private SettlementSummary summary(SettlementDossier dossier, List<SettlementFinding> found) {
        Budget budget = budgets.findById(dossier.budgetId().value()).orElseThrow();
        int blocking = (int) found.stream().filter(SettlementFinding::blocking).count();
        return new SettlementSummary(dossier.settlementId(), dossier.kind(), dossier.year(), dossier.content().title(),
                budget.decided().line(dossier.lineKey()).map(BudgetLine::activity).orElse(""),
                new Ward(dossier.wardUnitId(), organisation.today().nameOf(dossier.wardUnitId())), dossier.requested(),
                dossier.status(), dossier.updatedAt(), blocking, found.size() - blocking, found);
    }

    private static Money allocation(Budget budget, SettlementDossier dossier) {
        return budget.decided().line(dossier.lineKey()).map(line -> line.allocationOf(dossier.wardUnitId()))
                .orElse(Money.ZERO);
    }

    private static Link link(SettlementDossier dossier) {
        return new Link(dossier.settlementId(), dossier.kind(), dossier.content().title(), dossier.status(),
                dossier.approvedAmount() != null ? dossier.approvedAmount() : dossier.requested());
    }

    /**
     * What the ward's other dossiers on the same allocation count against it, this one judged by what it spends
     * (an advance, by what it asks).
     */
    private Money elsewhere(SettlementDossier dossier) {
        Money amount = dossier.kind() == DossierKind.ADVANCE ? dossier.requested() : dossier.content().spent();
        return AllocationUse.elsewhere(dossiers.amountsOf(dossier.budgetId().value(), dossier.lineKey(),
                        dossier.wardUnitId().value()).stream().map(AllocationUse.Row::of).toList(),
                dossier.settlementId().value(), amount);
    }

    /**
     * One judging of some dossiers: the items in force on each day, the norms of each item, each body's province
     * and the dossiers' scans are read once for all of them.
     */
    private final class Judging {

        private final Map<LocalDate, Set<String>> itemsOfDay = new HashMap<>();
        private final Map<String, List<SpendingNorm>> normsOfItem = new HashMap<>();
        private final Map<UnitId, Optional<UnitId>> provinceOf = new HashMap<>();
        private final Map<Long, Set<Integer>> attached = new HashMap<>();

        Judging(List<SettlementDossier> dossiers) {
            if (!dossiers.isEmpty()) {
                attachments.attachedVouchers(dossiers.stream().map(dossier -> dossier.settlementId().value()).toList())
                        .forEach(row -> attached.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>())
                                .add(((Number) row[1]).intValue()));
            }
        }

        List<SettlementFinding> findings(SettlementDossier dossier) {
            Budget budget = budgets.findById(dossier.budgetId().value()).orElseThrow();
            Set<String> keys = new HashSet<>();
            dossier.content().vouchers().stream().filter(Voucher::hasInvoice)
                    .forEach(voucher -> keys.add(SettlementChecks.invoiceKey(voucher.invoiceNumber())));
            Set<String> settled = keys.isEmpty() ? Set.of()
                    : invoices.settledElsewhere(dossier.bodyUnitId().value(), keys,
                    SettlementInvoiceRepository.own(dossier));
            UnitId province = provinceOf.computeIfAbsent(dossier.bodyUnitId(), body -> organisation.today()
                    .nearest(body, UnitType.PROVINCE).map(OrgUnit::id)).orElse(null);
            return new SettlementChecks(dossier.kind(), LocalDate.now(clock.withZone(VietnameseDates.ZONE)),
                    dossier.year(), allocation(budget, dossier), elsewhere(dossier), settled,
                    attached.getOrDefault(dossier.settlementId().value(), Set.of()),
                    (code, day) -> itemsOfDay.computeIfAbsent(day, this::itemCodes).contains(code),
                    (code, day) -> SpendingNorm.applying(normsOfItem.computeIfAbsent(code, norms::ofItem), province,
                            day)).of(dossier.content());
        }

        private Set<String> itemCodes(LocalDate day) {
            Set<String> codes = new HashSet<>();
            items.inForceOn(day).forEach(item -> codes.add(item.code()));
            return codes;
        }
    }
}
