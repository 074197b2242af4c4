package vn.boardflow.report;

import java.util.List;
import vn.boardflow.report.UnitReports.UnitReportSummary;

/**
 * The reports past their days of grace and not sent, of this year and the last, that the user should see on their
 * home page: those of their own units, to send, and those of the forms whose reports they accept, to chase.
 */
public interface LateReports {

    /** The most overdue first, at most {@code limit}. */
    List<UnitReportSummary> mine(int limit);
}
