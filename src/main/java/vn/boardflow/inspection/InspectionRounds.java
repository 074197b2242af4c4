package vn.boardflow.inspection;

import java.util.List;
import java.util.Optional;

/**
 * A body's inspection rounds as its people find them. The secretariat (drafters) and the leaders of the
 * body open a round here, then draft it through {@link RoundPlanning}; the records clerk issues its papers
 * through {@link RoundDocuments}.
 */
public interface InspectionRounds {

    long open(OpenRound command);

    /** Whether the user may open and schedule the body's rounds. */
    boolean mayOrganise(long issuingBodyId);

    Optional<RoundView> find(long roundId);

    List<RoundView> of(long issuingBodyId);

    /** The body's wards by id and name, which a schedule must cover. */
    List<WardRef> wards(long roundId);

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
