package vn.boardflow.report;

import java.time.LocalDate;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.UnitReports.ReportEntry;

/**
 * Reports a unit sent outside BoardFlow (on paper, by e-mail) for a period that is over, before its board used
 * BoardFlow or while the unit could not: the secretariat that accepts them records each as received on the day it
 * came and accepted, so that the year's figures, completeness and timeliness stand on every period. A report the
 * unit already sent through BoardFlow is not recorded over.
 */
public interface ReceivedReports {

    UnitReportId record(ReportFormId formId, ReportPeriod period, UnitId unitId, ReportEntry entry,
                        LocalDate receivedOn);
}
