package vn.boardflow.report.internal;

import org.springframework.stereotype.Component;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.UnitReportId;
import vn.boardflow.shared.RuleViolation;

/** Loads forms, their versions and reports, or says clearly that there is none. */
@Component
class ReportRecords {

    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final UnitReportRepository reports;

    ReportRecords(ReportFormRepository forms, ReportFormVersionRepository versions, UnitReportRepository reports) {
        this.forms = forms;
        this.versions = versions;
        this.reports = reports;
    }

    ReportForm form(ReportFormId id) {
        return forms.findById(id.value()).orElseThrow(() -> new RuleViolation("report.error.formNotFound"));
    }

    ReportFormVersion currentVersion(ReportForm form) {
        return versions.findByFormIdAndNumber(form.formId().value(), form.currentVersion()).orElseThrow();
    }

    ReportFormVersion versionOf(UnitReport report) {
        return versions.findById(report.formVersionId()).orElseThrow();
    }

    UnitReport report(UnitReportId id) {
        return reports.findById(id.value()).orElseThrow(() -> new RuleViolation("report.error.notFound"));
    }
}
