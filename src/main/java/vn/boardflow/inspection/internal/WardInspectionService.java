package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * The wards' inspections as their screens reach them: listed and found for whoever may read them, scored by
 * the team ({@link TeamScoring}) and by the ward itself ({@link SelfAssessments}), closed ({@link WardClosing})
 * and given their minutes ({@link MinutesIssue}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class WardInspectionService implements WardInspections {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final WardRecords records;
    private final WardInspectionViews views;
    private final WardAccess wardAccess;
    private final Organisation organisation;
    private final TeamScoring scoring;
    private final SelfAssessments selfAssessments;
    private final WardClosing closing;
    private final MinutesIssue minutes;

    WardInspectionService(WardInspectionRepository inspections, InspectionRoundRepository rounds, WardRecords records,
                          WardInspectionViews views, WardAccess wardAccess, Organisation organisation,
                          TeamScoring scoring, SelfAssessments selfAssessments, WardClosing closing,
                          MinutesIssue minutes) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.records = records;
        this.views = views;
        this.wardAccess = wardAccess;
        this.organisation = organisation;
        this.scoring = scoring;
        this.selfAssessments = selfAssessments;
        this.closing = closing;
        this.minutes = minutes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> mine() {
        return inspections.assignedTo(wardAccess.me()).stream().map(views::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WardInspectionView> find(WardInspectionId id) {
        return inspections.findById(id.value()).map(inspection -> {
            wardAccess.checkReads(inspection, records.roundOf(inspection));
            return views.of(inspection);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> historyOf(UnitId wardId) {
        if (!wardAccess.ofWard(wardId)) {
            OrgChart chart = organisation.today();
            boolean above = chart.ancestors(wardId).stream().anyMatch(unit -> wardAccess.oversees(unit.id()));
            AccessPolicy.require(above);
        }
        return inspections.findByWardIdAndStatusOrderByVisitDateDescIdDesc(wardId.value(), WardStatus.CLOSED).stream()
                .map(views::of).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitId> ownWards() {
        return List.copyOf(wardAccess.ownWards());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> ofRound(RoundId roundId) {
        InspectionRound round = rounds.findById(roundId.value())
                .orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
        boolean whole = wardAccess.oversees(round);
        return inspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId.value()).stream()
                .filter(inspection -> whole || wardAccess.isTeam(inspection)).map(views::of).toList();
    }

    @Override
    public long saveDraft(WardInspectionId id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        scoring.saveDraft(inspection, version, scores);
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submit(WardInspectionId id, String submissionKey, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        scoring.submit(inspection, submissionKey, version, scores);
        inspections.flush();
        return views.of(inspection);
    }

    @Override
    public long saveSelfAssessment(WardInspectionId id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        selfAssessments.saveDraft(inspection, version, scores);
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submitSelfAssessment(WardInspectionId id, String submissionKey, long version,
                                                   Map<String, CriterionScore> scores) {
        WardInspection inspection = records.load(id.value());
        selfAssessments.submit(inspection, submissionKey, version, scores);
        inspections.flush();
        return views.of(inspection);
    }

    @Override
    public void close(WardInspectionId id, List<RemedyDraft> drafts) {
        closing.close(records.load(id.value()), drafts);
    }

    @Override
    public IssuedDocumentView issueMinutes(WardInspectionId id, LocalDate issuedOn) {
        return minutes.issue(records.load(id.value()), issuedOn);
    }
}
