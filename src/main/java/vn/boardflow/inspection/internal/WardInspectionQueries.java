package vn.boardflow.inspection.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** The wards' inspections listed and found for whoever may read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class WardInspectionQueries implements WardInspections {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final WardRecords records;
    private final WardInspectionViews views;
    private final WardAccess wardAccess;
    private final Organisation organisation;

    WardInspectionQueries(WardInspectionRepository inspections, InspectionRoundRepository rounds, WardRecords records,
                          WardInspectionViews views, WardAccess wardAccess, Organisation organisation) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.records = records;
        this.views = views;
        this.wardAccess = wardAccess;
        this.organisation = organisation;
    }

    @Override
    public List<WardInspectionView> mine() {
        return inspections.assignedTo(wardAccess.me()).stream().map(views::of).toList();
    }

    @Override
    public Optional<WardInspectionView> find(WardInspectionId id) {
        return inspections.findById(id.value()).map(inspection -> {
            wardAccess.checkReads(inspection, records.roundOf(inspection));
            return views.of(inspection);
        });
    }

    @Override
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
    public List<UnitId> ownWards() {
        return List.copyOf(wardAccess.ownWards());
    }

    @Override
    public List<WardInspectionView> ofRound(RoundId roundId) {
        InspectionRound round = rounds.findById(roundId.value())
                .orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
        boolean whole = wardAccess.oversees(round);
        return inspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId.value()).stream()
                .filter(inspection -> whole || wardAccess.isTeam(inspection)).map(views::of).toList();
    }
}
