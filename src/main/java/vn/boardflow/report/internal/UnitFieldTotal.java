package vn.boardflow.report.internal;

/** One unit's sum of one field over a set of its reports. */
record UnitFieldTotal(long unitId, String fieldKey, long sum) {
}
