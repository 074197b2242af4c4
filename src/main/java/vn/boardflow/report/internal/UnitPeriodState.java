package vn.boardflow.report.internal;

import vn.boardflow.report.ReportStatus;

/** Where one unit's report of a period stands, and whether it was sent on time. */
record UnitPeriodState(long unitId, int periodNumber, ReportStatus status, Boolean onTime) {
}
