package vn.boardflow.fund.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.YearEndReports.YearEnd;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.shared.RuleViolation;

/**
 * The year-end report's side of the document route: its draft written from the figures as they stand, sent to the
 * body the budget's body reports to, signed by the body's head; the report following each step its draft takes.
 * The accountant drafts it, as the body's drafters may.
 */
@Component
class YearEndRoute implements DraftOwner {

    static final String FEATURE = "settlement-report";

    private static final Set<SettlementStatus> PENDING = EnumSet.of(SettlementStatus.SUBMITTED,
            SettlementStatus.RECEIVED, SettlementStatus.CHECKED);

    private final SettlementReportRepository reports;
    private final SettlementDossierRepository dossiers;
    private final FeatureDrafts drafts;
    private final Issuers issuers;
    private final Organisation organisation;

    YearEndRoute(SettlementReportRepository reports, SettlementDossierRepository dossiers, FeatureDrafts drafts,
                 Issuers issuers, Organisation organisation) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.drafts = drafts;
        this.issuers = issuers;
        this.organisation = organisation;
    }

    DraftId draft(Budget budget, YearEnd figures) {
        DraftContent content = YearEndReport.draft(figures, budget.decision().symbol(), recipients(budget),
                issuers.headOf(budget.issuingBodyId()));
        SettlementReport report = reports.findById(budget.budgetId().value()).orElse(null);
        if (report == null || report.needsDraft()) {
            DraftId id = drafts.open(new DraftOrigin(FEATURE, budget.budgetId().value(),
                    "funds/budget/" + budget.budgetId()), budget.issuingBodyId(), content);
            if (report == null) {
                reports.save(new SettlementReport(budget.budgetId().value(), id));
            } else {
                report.draftedAs(id);
            }
            return id;
        }
        drafts.write(report.draftId(), content);
        return report.draftId();
    }

    /** The unit above the budget's body, which the body reports to. */
    private List<Recipient> recipients(Budget budget) {
        OrgChart chart = organisation.today();
        List<Recipient> recipients = new ArrayList<>();
        chart.unit(budget.unitId()).map(OrgUnit::parentId).filter(chart::contains)
                .ifPresent(parent -> recipients.add(Recipient.unit(parent, chart.nameOf(parent))));
        return recipients;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public Set<Role> draftingRoles() {
        return Set.of(Role.DRAFTER, Role.ACCOUNTANT);
    }

    /** The year is reported settled: not while a ward's dossier is still on its way. */
    @Override
    public void checkSubmittable(long budgetId) {
        long pending = dossiers.countByBudgetIdAndRouteStatusIn(budgetId, PENDING);
        if (pending > 0) {
            throw new RuleViolation("settlement.error.dossiersPending", pending);
        }
    }

    @EventListener
    void on(DraftStepTaken step) {
        if (step.of(FEATURE)) {
            reports.findById(step.origin().subjectId()).ifPresent(report -> report.followed(step.after(),
                    step.document()));
        }
    }
}
