package vn.boardflow.plan;

/** A plan was issued as a numbered document; its wards' targets now stand. */
public record PlanIssued(long planId, long issuingBodyId, int year, long documentId) {
}
