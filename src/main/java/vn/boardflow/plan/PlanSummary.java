package vn.boardflow.plan;

import java.time.Instant;
import vn.boardflow.document.IssuingBodyId;

/** A row of the plan list. */
public record PlanSummary(PlanId id, IssuingBodyId issuingBodyId, String issuingBodyName, int year, PlanStatus status,
                          String summary, String documentSymbol, Instant updatedAt) {
}
