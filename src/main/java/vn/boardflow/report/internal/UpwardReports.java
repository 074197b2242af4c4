package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * A body's report one level up (a city board's on its province's form): once its consolidated Báo cáo of a period
 * is issued, its own report of that period on each form its unit reports on is written from the consolidation,
 * field by field where the keys match (the same catalogue's targets, the same sections), for the body's drafters,
 * whose entry task it is, to check and send. A report already sent, or locked, is left as it is.
 */
@Component
class UpwardReports {

    private final ReportFormRepository forms;
    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final FormBodies bodies;
    private final UnitReportViews views;
    private final Clock clock;

    UpwardReports(ReportFormRepository forms, UnitReportRepository reports, ReportRecords records, FormBodies bodies,
                  UnitReportViews views, Clock clock) {
        this.forms = forms;
        this.reports = reports;
        this.records = records;
        this.bodies = bodies;
        this.views = views;
        this.clock = clock;
    }

    void write(ReportForm form, Consolidation consolidation, String by) {
        UnitId bodyUnit = bodies.of(form).unitId();
        ReportPeriod period = consolidation.period();
        for (ReportForm upper : forms.reportedOnBy(bodyUnit.value())) {
            reports.ofPeriod(upper.formId().value(), period.type(), period.year(), period.number()).stream()
                    .filter(report -> report.unitId().equals(bodyUnit))
                    .filter(report -> report.writable(views.pastLockDate(records.versionOf(report).schedule(), period)))
                    .filter(report -> report.submittedAt() == null)
                    .findFirst()
                    .ifPresent(report -> report.save(UnitReportService.onForm(entry(consolidation),
                            records.versionOf(report)), false, by, clock.instant()));
        }
    }

    /** The period's totals and the sections as the secretariat edited them; the upper form keeps what it asks. */
    private static ReportEntry entry(Consolidation consolidation) {
        Map<String, Long> figures = new HashMap<>();
        for (Total total : consolidation.totals()) {
            figures.put(total.field().key(), total.period());
        }
        Map<String, String> texts = new HashMap<>();
        for (FormField section : consolidation.sections()) {
            String text = consolidation.texts().get(section.key());
            if (text != null) {
                texts.put(section.key(), text);
            }
        }
        return new ReportEntry(figures, texts);
    }
}
