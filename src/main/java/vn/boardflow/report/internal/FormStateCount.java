package vn.boardflow.report.internal;

import vn.boardflow.report.ReportStatus;

/** How many of a form's reports of a period stand in a state, sent on time or not. */
record FormStateCount(long formId, ReportStatus status, Boolean onTime, long reports) {
}
