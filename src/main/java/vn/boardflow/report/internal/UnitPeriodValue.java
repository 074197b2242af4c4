package vn.boardflow.report.internal;

/** One accepted figure of one unit's report of a period. */
record UnitPeriodValue(long unitId, int periodNumber, String fieldKey, long amount) {
}
