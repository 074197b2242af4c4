package vn.boardflow.report.internal;

/** One field's figures added up over a set of reports: their sum, the smallest, the largest and how many. */
record FieldTotal(String fieldKey, long sum, long min, long max, long count) {
}
