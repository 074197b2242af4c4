package vn.boardflow.plan;

import java.time.Instant;

/** A row of the plan list. */
public record PlanSummary(PlanId id, long issuingBodyId, String issuingBodyName, int year, PlanStatus status,
                          String summary, String documentSymbol, Instant updatedAt) {
}
