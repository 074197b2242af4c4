package vn.boardflow.inspection;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.org.UnitId;

/**
 * A body's inspection rounds as its people find them. The secretariat (drafters) and the leaders of the
 * body open a round here, then draft it through {@link RoundPlanning}; the records clerk issues its papers
 * through {@link RoundDocuments}.
 */
public interface InspectionRounds {

    RoundId open(OpenRound command);

    /** Whether the user may open and schedule the body's rounds. */
    boolean mayOrganise(IssuingBodyId issuingBodyId);

    Optional<RoundView> find(RoundId roundId);

    List<RoundView> of(IssuingBodyId issuingBodyId);

    /** The body's wards by id and name, which a schedule must cover. */
    List<WardRef> wards(RoundId roundId);

    /**
     * @param templateId the checklist (revision) the wards are scored against
     * @param selfAssessment whether each ward scores itself before the visit
     */
    record OpenRound(IssuingBodyId issuingBodyId, int year, InspectionPeriod period, long templateId, boolean selfAssessment,
                     String purpose) {
    }

    /** What the organisers may still change while the round is a draft. */
    record RoundDetails(long templateId, boolean selfAssessment, String purpose) {
    }

    /**
     * @param planDraft   the inspection plan's draft on the document route, until it is issued
     * @param planId      the inspection plan, once issued
     * @param reportDraft the summary report's draft on the document route, until it is issued
     * @param reportId    the summary report, once issued
     */
    record RoundView(RoundId id, IssuingBodyId issuingBodyId, UnitId unitId, int year, InspectionPeriod period, RoundStatus status,
                     long templateId, boolean selfAssessment, String purpose, InspectionSchedule schedule,
                     DraftId planDraft, Long planId, String planSymbol, DraftId reportDraft, Long reportId,
                     String reportSymbol, long version) {
    }

    record WardRef(UnitId id, String name) {
    }
}
