package vn.boardflow.inspection.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.shared.RuleViolation;

/** The rounds as the body's people find them, and opened by its organisers. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RoundService implements InspectionRounds {

    private final InspectionRoundRepository rounds;
    private final IssuingBodies bodies;
    private final Organisers organisers;
    private final WardAccess wardAccess;
    private final RoundStarter starter;
    private final RoundRecords records;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    RoundService(InspectionRoundRepository rounds, IssuingBodies bodies, Organisers organisers, WardAccess wardAccess,
                 RoundStarter starter, RoundRecords records, Organisation organisation, AccessPolicy access,
                 CurrentUser currentUser) {
        this.rounds = rounds;
        this.bodies = bodies;
        this.organisers = organisers;
        this.wardAccess = wardAccess;
        this.starter = starter;
        this.records = records;
        this.organisation = organisation;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public RoundId open(OpenRound command) {
        IssuingBodyView body = bodies.find(command.issuingBodyId())
                .orElseThrow(() -> new RuleViolation("inspection.error.bodyNotFound"));
        organisers.check(body.unitId());
        return starter.open(command, body.unitId(), currentUser.actor().username(), false).roundId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOrganise(IssuingBodyId issuingBodyId) {
        return bodies.find(issuingBodyId).map(body -> organisers.include(body.unitId())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoundView> find(RoundId roundId) {
        return rounds.findById(roundId.value()).map(round -> {
            access.requireActsIn(round.unitId());
            return round.view(shownSchedule(round));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoundView> of(IssuingBodyId issuingBodyId) {
        return rounds.findByIssuingBodyIdOrderByYearDescPeriodDesc(issuingBodyId.value()).stream()
                .filter(round -> access.canActIn(round.unitId()))
                .map(round -> round.view(shownSchedule(round))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardRef> wards(RoundId roundId) {
        InspectionRound round = records.load(roundId);
        access.requireActsIn(round.unitId());
        Set<UnitId> visited = new HashSet<>();
        shownSchedule(round).visits().forEach(visit -> visited.add(visit.wardId()));
        // a draft's editors need every ward, the planned ones or not
        boolean whole = wardAccess.oversees(round);
        return organisation.today().below(round.unitId(), UnitType.WARD).stream()
                .filter(ward -> whole || visited.contains(ward.id()))
                .map(ward -> new WardRef(ward.id(), ward.name())).toList();
    }

    /** Organisers and the records clerk see the whole schedule; anyone else at the body, the teams they are on. */
    private InspectionSchedule shownSchedule(InspectionRound round) {
        InspectionSchedule schedule = round.schedule();
        return wardAccess.oversees(round) ? schedule : schedule.of(wardAccess.me());
    }

}
