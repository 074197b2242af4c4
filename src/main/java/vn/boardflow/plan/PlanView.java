package vn.boardflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;

/**
 * A plan as its page shows it.
 *
 * @param allowed        what the signed-in user may do with it now
 * @param returnComment  the comment the plan last came back with, while it is returned
 * @param documentId     the issued document, once issued
 */
public record PlanView(PlanId id, long version, IssuingBodyId issuingBodyId, String issuingBodyName, UnitId unitId, int year,
                       PlanStatus status, PlanContent content, String createdBy, String createdByName,
                       Instant createdAt, Instant updatedAt, int submissions, String returnComment, Long documentId,
                       String documentSymbol, LocalDate issuedOn, Set<PlanAction> allowed) {

    public boolean may(PlanAction action) {
        return allowed.contains(action);
    }

    public String title() {
        return titleOf(year);
    }

    /** "Kế hoạch năm 2018": the subject of the plan's tasks in every inbox, stored with the case. */
    public static String titleOf(int year) {
        return "Kế hoạch năm " + year;
    }
}
