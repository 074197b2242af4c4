package vn.boardflow.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.report.ReportStatus;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.report.UnitReports.HistoryStep;

/** One step in a report's history: who took it, when, from which state to which, with the comment given. */
@Entity
@Table(name = "report_step")
class ReportStep {

    /** What was done. */
    enum Action { OPENED, SUBMITTED, RETURNED, ACCEPTED, REOPENED, RECORDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, updatable = false)
    private ReportStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private ReportStatus statusAfter;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String comment;

    protected ReportStep() {
    }

    ReportStep(UnitReportId reportId, Action action, ReportStatus statusBefore, ReportStatus statusAfter, String actor,
               Instant at, String comment) {
        this.reportId = reportId.value();
        this.action = action;
        this.statusBefore = statusBefore;
        this.statusAfter = statusAfter;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    String actor() {
        return actor;
    }

    HistoryStep view(String actorName) {
        return new HistoryStep("report.step." + action.name(), statusBefore, statusAfter, actor, actorName, at, comment);
    }
}
