package vn.boardflow.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.shared.RuleViolation;

/**
 * A period's consolidation following the draft of the body's report: issued, the report is the period's, and its
 * process goes on to write the body's own report one level up ({@link UpwardReports}); cancelled, the period may be
 * consolidated again. Before the draft goes on, the consolidation must still be what the reports say: a unit
 * accepted, or an accepted report reopened, since it was drafted sends the secretariat back to draft it again from
 * the period's page.
 */
@Component
class ConsolidationRoute implements DraftOwner {

    private final PeriodConsolidationRepository consolidations;
    private final ReportRecords records;
    private final ConsolidationReader reader;
    private final UpwardReports upward;
    private final ReportTasks tasks;

    ConsolidationRoute(PeriodConsolidationRepository consolidations, ReportRecords records, ConsolidationReader reader,
                       UpwardReports upward, ReportTasks tasks) {
        this.tasks = tasks;
        this.consolidations = consolidations;
        this.records = records;
        this.reader = reader;
        this.upward = upward;
    }

    @Override
    public String feature() {
        return CityReportDrafts.FEATURE;
    }

    @Override
    public void checkSubmittable(long subjectId) {
        consolidations.findById(subjectId).ifPresent(kept -> {
            ReportForm form = records.form(kept.formId());
            if (!kept.drawnFrom(reader.basis(form, kept.period()))) {
                throw new RuleViolation("report.error.consolidationStale");
            }
        });
    }

    @EventListener
    void on(DraftStepTaken step) {
        if (!step.of(CityReportDrafts.FEATURE)) {
            return;
        }
        consolidations.findById(step.origin().subjectId()).ifPresent(kept -> {
            switch (step.step()) {
                case ISSUED -> {
                    kept.issued(step.document());
                    ReportForm form = records.form(kept.formId());
                    // the period's process writes the report upward; a period recorded from paper has none
                    if (!tasks.issued(reader.processesOf(form, kept.period()))) {
                        upward.write(form, kept);
                    }
                }
                case CANCELLED -> kept.draftCancelled();
                default -> {
                }
            }
        });
    }
}
