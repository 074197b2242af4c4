package vn.boardflow.plan;

import java.time.Instant;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;

/**
 * A plan as its page shows it.
 *
 * @param status     where its draft stands on the document route
 * @param draftId    its draft, which is reviewed, signed off and issued on the drafts' page; {@code null} for a plan
 *                   begun before plans took that route, until it is next saved
 * @param documentId the issued document, once issued
 * @param editable   whether the signed-in user may change it now: a drafter of its body, while its draft may change
 */
public record PlanView(PlanId id, long version, IssuingBodyId issuingBodyId, String issuingBodyName, UnitId unitId, int year,
                       DraftStatus status, PlanContent content, String createdBy, String createdByName,
                       Instant createdAt, Instant updatedAt, DraftId draftId, Long documentId, String documentSymbol,
                       boolean editable) {

    public String title() {
        return titleOf(year);
    }

    /** "Kế hoạch năm 2018": how inboxes and lists name the plan. */
    public static String titleOf(int year) {
        return "Kế hoạch năm " + year;
    }
}
