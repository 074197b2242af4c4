package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * A body's report one level up (a city board's on its province's form): once its consolidated Báo cáo of a period
 * is issued, its own report of that period on each form its unit reports on is written from the consolidation,
 * field by field where the keys match (the same catalogue's targets, the same sections), for the body's drafters,
 * whose entry task it is, to check and send. A report already sent, or locked, is left as it is.
 */
@Component("upwardReports")
class UpwardReports {

    private final ReportFormRepository forms;
    private final UnitReportRepository reports;
    private final ReportRecords records;
    private final FormBodies bodies;
    private final UnitReportViews views;
    private final ConsolidationReader reader;
    private final Clock clock;

    UpwardReports(ReportFormRepository forms, UnitReportRepository reports, ReportRecords records, FormBodies bodies,
                  UnitReportViews views, ConsolidationReader reader, Clock clock) {
        this.reader = reader;
        this.forms = forms;
        this.reports = reports;
        this.records = records;
        this.bodies = bodies;
        this.views = views;
        this.clock = clock;
    }

    /**
     * The period process's step once the body's report is issued
     * ({@code ${upwardReports.writeFor(formId, reportIds)}}): the period is its reports'.
     */
    @Transactional
    public void writeFor(long formId, List<? extends Number> reportIds) {
        ReportForm form = records.form(ReportFormId.of(formId));
        UnitReport first = records.report(UnitReportId.of(reportIds.getFirst().longValue()));
        reader.find(form, first.period()).filter(kept -> kept.documentSymbol() != null)
                .ifPresent(kept -> write(form, kept));
    }

    /** Writes the body's reports one level up from its issued consolidation. */
    void write(ReportForm form, PeriodConsolidation kept) {
        Consolidation consolidation = reader.read(form, kept.period());
        String by = kept.consolidatedBy();
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
