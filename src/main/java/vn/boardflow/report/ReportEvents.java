package vn.boardflow.report;

import java.util.HashMap;
import java.util.Map;
import vn.boardflow.org.Audited;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.UnitId;

/** What happens to report forms and reports, as the audit log and the rest of the application hear of it. */
public interface ReportEvents {

    /** A form was created ({@code formVersion} 1) or revised into a new version. */
    record ReportFormSaved(ReportFormId formId, UnitId acceptingUnit, String name, int formVersion) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(formVersion == 1 ? "report.form.created" : "report.form.revised", "ReportForm",
                    formId, acceptingUnit, null, Map.of("name", name, "formVersion", formVersion));
        }
    }

    /** A period's reports opened for the form's units. */
    record ReportPeriodOpened(ReportFormId formId, UnitId acceptingUnit, ReportPeriod period, int opened)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("report.period.opened", "ReportForm", formId, acceptingUnit, null,
                    Map.of("period", period.label(), "opened", opened));
        }
    }

    /**
     * A report was sent, returned, accepted or reopened.
     *
     * @param step    what was done: {@code submitted}, {@code returned}, {@code accepted}, {@code reopened}, or
     *                {@code recorded} for a report received outside BoardFlow
     * @param comment the return's comment or the reopening's reason
     */
    record ReportStepTaken(String step, UnitReportId reportId, ReportFormId formId, UnitId unitId, ReportPeriod period,
                           ReportStatus before, ReportStatus after, String comment) implements Audited {

        @Override
        public AuditRecord audit() {
            Map<String, Object> state = new HashMap<>(Map.of("status", after.name(), "period", period.label()));
            if (comment != null) {
                state.put("comment", comment);
            }
            return AuditRecord.of("report." + step, "UnitReport", reportId, unitId, Map.of("status", before.name()),
                    state);
        }
    }
}
