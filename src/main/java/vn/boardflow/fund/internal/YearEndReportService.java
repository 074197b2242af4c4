package vn.boardflow.fund.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.FormSheets;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.SettlementPapers.Paper;
import vn.boardflow.fund.YearEndReports;
import vn.boardflow.fund.internal.AllocationUse.Row;
import vn.boardflow.fund.internal.AllocationUse.Use;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

/** The year's figures counted from the budget's dossiers' amounts ({@link AllocationUse}), beside its lines. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class YearEndReportService implements YearEndReports {

    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BudgetRepository budgets;
    private final SettlementDossierRepository dossiers;
    private final SettlementReportRepository reports;
    private final YearEndRoute route;
    private final FormSheets forms;
    private final AccessPolicy access;
    private final Organisation organisation;

    YearEndReportService(BudgetRepository budgets, SettlementDossierRepository dossiers,
                         SettlementReportRepository reports, YearEndRoute route, FormSheets forms,
                         AccessPolicy access, Organisation organisation) {
        this.budgets = budgets;
        this.dossiers = dossiers;
        this.reports = reports;
        this.route = route;
        this.forms = forms;
        this.access = access;
        this.organisation = organisation;
    }

    @Override
    public YearEnd of(BudgetId id) {
        Budget budget = budget(id);
        AccessPolicy.require(access.canActIn(budget.unitId()));
        return figures(budget);
    }

    @Override
    @Transactional
    public DraftId draft(BudgetId id) {
        Budget budget = budget(id);
        AccessPolicy.require(access.can(Role.ACCOUNTANT, budget.unitId()) || access.can(Role.DRAFTER,
                budget.unitId()));
        if (budget.decision() == null) {
            throw new RuleViolation("settlement.error.budgetNotDecided");
        }
        return route.draft(budget, figures(budget));
    }

    @Override
    public Paper spreadsheet(BudgetId id) {
        YearEnd figures = of(id);
        return new Paper("Quyet-toan-kinh-phi-" + figures.year() + ".xlsx", EXCEL,
                forms.workbook(YearEndReport.sheets(figures)));
    }

    private YearEnd figures(Budget budget) {
        Map<Integer, Use> byLine = new HashMap<>();
        Map<Long, Use> byWard = new HashMap<>();
        AllocationUse.byAllocation(dossiers.amountsOf(budget.budgetId().value()).stream().map(Row::of).toList())
                .forEach((allocation, use) -> {
                    byLine.merge(allocation.lineKey(), use, Use::plus);
                    byWard.merge(allocation.wardUnitId(), use, Use::plus);
                });
        BudgetContent decided = budget.decided();
        OrgChart chart = organisation.today();
        List<LineFigures> lines = decided.lines().stream().map(line -> {
            Use use = byLine.getOrDefault(line.key(), Use.NONE);
            return new LineFigures(line, use.settled(), use.pending(), use.advanced());
        }).toList();
        List<WardFigures> wards = BodyWards.of(chart, budget.unitId()).stream()
                .filter(ward -> !decided.allocatedTo(ward.unitId()).isZero())
                .map(ward -> {
                    Use use = byWard.getOrDefault(ward.unitId().value(), Use.NONE);
                    return new WardFigures(ward, decided.allocatedTo(ward.unitId()), use.settled(), use.pending(),
                            use.advanced());
                }).toList();
        SettlementReport report = reports.findById(budget.budgetId().value()).orElse(null);
        return new YearEnd(budget.year(), chart.nameOf(budget.unitId()), lines, wards,
                report == null ? null : report.draftId(), report == null ? null : report.status(),
                report == null ? null : report.document());
    }

    private Budget budget(BudgetId id) {
        return budgets.findById(id.value()).orElseThrow(() -> new RuleViolation("fund.error.budgetNotFound"));
    }
}
