package vn.boardflow.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentContent.Picture;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.IssuedTargets.YearTargets;
import vn.boardflow.plan.IssuedTargets;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportDashboards.Chart;
import vn.boardflow.report.ReportDashboards.ChartFormat;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.DashboardQuery;
import vn.boardflow.report.ReportDashboards;
import vn.boardflow.report.ReportPeriod;

/**
 * The body's report of a period as a draft on the document route, written on the period's page: signed by the
 * body's head, sent to those the body reports to (the accepting units of the forms it reports on itself, or the
 * authority above it).
 */
@Component
class CityReportDrafts {

    static final String FEATURE = "report-consolidation";

    private final FeatureDrafts drafts;
    private final Issuers issuers;
    private final IssuedTargets targets;
    private final ReportFormRepository forms;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final ReportDashboards dashboards;

    CityReportDrafts(FeatureDrafts drafts, Issuers issuers, IssuedTargets targets, ReportFormRepository forms,
                     IssuingBodies bodies, Organisation organisation, ReportDashboards dashboards) {
        this.dashboards = dashboards;
        this.drafts = drafts;
        this.issuers = issuers;
        this.targets = targets;
        this.forms = forms;
        this.bodies = bodies;
        this.organisation = organisation;
    }

    DraftId open(PeriodConsolidation kept, ReportForm form, Consolidation consolidation) {
        return drafts.open(new DraftOrigin(FEATURE, kept.id(), ReportOpening.periodScreen(form, kept.period())),
                form.issuingBodyId(), content(kept, form, consolidation));
    }

    void write(DraftId draftId, PeriodConsolidation kept, ReportForm form, Consolidation consolidation) {
        drafts.write(draftId, content(kept, form, consolidation));
    }

    private DraftContent content(PeriodConsolidation kept, ReportForm form, Consolidation consolidation) {
        String planSymbol = targets.of(form.issuingBodyId(), kept.period().year()).map(YearTargets::documentSymbol)
                .orElse(null);
        return CityReport.draft(new CityReport.Facts(consolidation, kept.summary(), kept.texts(), planSymbol,
                recipients(form), progress(form, kept.period())), issuers.headOf(form.issuingBodyId()));
    }

    /** The dashboard's picture of the form's first figure through the period, as the secretariat saw it then. */
    private Picture progress(ReportForm form, ReportPeriod period) {
        Dashboard dashboard = dashboards.of(new DashboardQuery(form.formId(), period.year(), null, null,
                period.number()));
        if (dashboard.field() == null) {
            return null;
        }
        return new Picture("Biểu đồ: " + dashboard.field().label() + " — lũy kế năm " + period.year()
                + " so với tiến độ theo chỉ tiêu", dashboards.chart(dashboard, Chart.PROGRESS, ChartFormat.PNG));
    }

    private List<Recipient> recipients(ReportForm form) {
        OrgChart chart = organisation.today();
        UnitId body = bodies.find(form.issuingBodyId()).orElseThrow().unitId();
        List<Recipient> recipients = new ArrayList<>();
        forms.reportedOnBy(body.value()).forEach(upward -> recipients.add(
                Recipient.unit(upward.acceptingUnit(), chart.nameOf(upward.acceptingUnit()))));
        if (recipients.isEmpty()) {
            chart.unit(body).map(OrgUnit::parentId).filter(chart::contains)
                    .ifPresent(parent -> recipients.add(Recipient.unit(parent, chart.nameOf(parent))));
        }
        return recipients;
    }
}
