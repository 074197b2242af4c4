package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.org.UnitId;

/**
 * Follow-up of a ward's inspection: when the team head closes it, each shortfall that needs putting right
 * becomes a remedial task for the ward with a deadline. The ward's officers report it done with evidence;
 * the head accepts it or sends it back with a comment. A ward sees only its own tasks.
 */
public interface Remedies {

    /** Days the ward gets by default, counted from the visit. */
    int DEFAULT_DAYS = 30;

    /**
     * What the head is offered when closing: each criterion that fell short of its maximum, with the team's
     * note, due {@value #DEFAULT_DAYS} days after the visit.
     */
    List<RemedyDraft> proposals(WardInspectionId wardInspectionId);

    List<RemedyView> ofInspection(WardInspectionId wardInspectionId);

    /** The remedial tasks of the wards the user belongs to, the open ones first, by deadline. */
    List<RemedyView> ofMyWards();

    Optional<RemedyView> find(long remedyId);

    /** The ward reports the task done; at least one piece of evidence must be attached first. */
    void report(long remedyId, long version, String note);

    /** The team head accepts what the ward reported. */
    void accept(long remedyId, long version);

    /** The team head sends the report back; the comment says what is still missing. */
    void sendBack(long remedyId, long version, String comment);

    /** @param criterionCode the criterion that fell short, or {@code null} for a task the head adds */
    record RemedyDraft(String criterionCode, String description, LocalDate deadline) {
    }

    enum RemedyStatus {
        OPEN,
        REPORTED,
        ACCEPTED;

        public String messageKey() {
            return "remedy.status." + name();
        }
    }

    /**
     * @param reviewComment the head's comment when the last report was sent back
     * @param mayReport     the user is an officer of the ward and the task is open
     * @param mayReview     the user heads the team and the ward has reported the task done
     */
    record RemedyView(long id, WardInspectionId wardInspectionId, RoundId roundId, String roundTitle, UnitId wardId, String wardName,
                      String criterionCode, String description, LocalDate deadline, RemedyStatus status,
                      String reportNote, String reviewComment, boolean overdue, long version, boolean mayReport,
                      boolean mayReview) {
    }
}
