package vn.boardflow.plan;

import java.time.Instant;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftStatus;

/** A row of the plan list. */
public record PlanSummary(PlanId id, IssuingBodyId issuingBodyId, String issuingBodyName, int year, DraftStatus status,
                          String summary, String documentSymbol, Instant updatedAt) {
}
