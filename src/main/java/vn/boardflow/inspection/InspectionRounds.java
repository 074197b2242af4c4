package vn.boardflow.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.inspection.InspectionSchedule.Problem;

/**
 * A body's inspection rounds. The secretariat (drafters) and the leaders of the body open a round,
 * set its teams and the wards they visit, and confirm the schedule once it keeps every rule.
 */
public interface InspectionRounds {

    long open(OpenRound command);

    /** Whether the user may open and schedule the body's rounds. */
    boolean mayOrganise(long issuingBodyId);

    Optional<RoundView> find(long roundId);

    List<RoundView> of(long issuingBodyId);

    /**
     * Changes a draft round's checklist, self-assessment and purpose, as the timer opened it or as first
     * written; refuses when someone saved the round since {@code version} was read, or once it is scheduled.
     */
    void revise(long roundId, long version, RoundDetails details);

    /** The body's wards by id and name, which a schedule must cover. */
    List<WardRef> wards(long roundId);

    /**
     * Saves the teams and visits as drafted, breaches and all, so work is never lost; refuses when someone
     * saved since {@code version} was read.
     *
     * @return the breaches of the saved schedule, empty when it can be confirmed
     */
    List<Problem> saveSchedule(long roundId, long version, InspectionSchedule schedule);

    /** Confirms a schedule that keeps every rule: each ward's inspection is set up for its team. */
    void confirmSchedule(long roundId, long version);

    /**
     * The records clerk issues the round's inspection plan (Kế hoạch kiểm tra) from its confirmed schedule:
     * purpose, checklist, teams and the visits, signed by the body's head and sent to the wards' boards.
     */
    IssuedDocumentView issuePlan(long roundId, LocalDate issuedOn);

    /**
     * The records clerk issues the round's summary report (Báo cáo kết quả kiểm tra) once every ward is
     * closed, signed by the body's head and sent to the wards' boards; the round is then closed.
     */
    IssuedDocumentView issueReport(long roundId, LocalDate issuedOn);

    /**
     * @param templateId the checklist (revision) the wards are scored against
     * @param selfAssessment whether each ward scores itself before the visit
     */
    record OpenRound(long issuingBodyId, int year, InspectionPeriod period, long templateId, boolean selfAssessment,
                     String purpose) {
    }

    /** What the organisers may still change while the round is a draft. */
    record RoundDetails(long templateId, boolean selfAssessment, String purpose) {
    }

    /**
     * @param planId   the inspection plan, once issued
     * @param reportId the summary report, once issued
     */
    record RoundView(long id, long issuingBodyId, long unitId, int year, InspectionPeriod period, RoundStatus status,
                     long templateId, boolean selfAssessment, String purpose, InspectionSchedule schedule,
                     Long planId, String planSymbol, Long reportId, String reportSymbol, long version) {
    }

    record WardRef(long id, String name) {
    }
}
