package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class WardInspectionService implements WardInspections {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final Organisation organisation;
    private final Organisers organisers;
    private final AccessPolicy access;
    private final IssuingBodies bodies;
    private final DocumentIssuance issuance;
    private final UserDirectory users;
    private final RoundTasks roundTasks;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    WardInspectionService(WardInspectionRepository inspections, InspectionRoundRepository rounds,
                          ChecklistTemplateRepository templates, Organisation organisation, Organisers organisers,
                          AccessPolicy access, IssuingBodies bodies, DocumentIssuance issuance, UserDirectory users,
                          RoundTasks roundTasks, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.templates = templates;
        this.organisation = organisation;
        this.organisers = organisers;
        this.access = access;
        this.bodies = bodies;
        this.issuance = issuance;
        this.users = users;
        this.roundTasks = roundTasks;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> mine() {
        return inspections.assignedTo(me()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WardInspectionView> find(long id) {
        return inspections.findById(id).map(inspection -> {
            checkSees(inspection);
            return view(inspection);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> historyOf(long wardId) {
        if (!ownWards().contains(wardId)) {
            OrgChart chart = organisation.today();
            boolean above = chart.ancestors(wardId).stream()
                    .anyMatch(unit -> organisers.include(unit.id()) || access.can(Role.CLERK, unit.id()));
            if (!above) {
                throw new AccessDeniedException("access.denied");
            }
        }
        return inspections.findByWardIdAndStatusOrderByVisitDateDescIdDesc(wardId, WardStatus.CLOSED).stream()
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> ownWards() {
        OrgChart chart = organisation.today();
        return List.copyOf(chart.nearest(access.ownUnits(), UnitType.WARD));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> ofRound(long roundId) {
        InspectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
        checkOversees(round);
        return inspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId).stream().map(this::view).toList();
    }

    @Override
    public long saveDraft(long id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        checkFills(inspection);
        inspection.checkVersion(version);
        inspection.saveDraft(scores, checklistOf(inspection));
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submit(long id, String submissionKey, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        if (!inspection.isInspector(me())) {
            throw new AccessDeniedException("access.denied");
        }
        boolean firstTime = inspection.status() != WardStatus.SUBMITTED && inspection.status() != WardStatus.CLOSED;
        if (firstTime) {
            inspection.checkVersion(version);
        }
        if (inspection.submit(submissionKey, scores, checklistOf(inspection), me(), clock.instant())) {
            roundTasks.complete(roundOf(inspection), RoundTasks.FILL, RoundTasks.wardFormKey(id), Map.of());
            auditLog.record(AuditRecord.of("inspection.submitted", "WardInspection", id, inspection.wardId(), null,
                    Map.of("total", inspection.totalScore(), "rating", inspection.rating().name())));
        }
        inspections.flush();
        return view(inspection);
    }

    @Override
    public void close(long id) {
        WardInspection inspection = load(id);
        checkSees(inspection);
        inspection.close(me(), clock.instant());
        roundTasks.complete(roundOf(inspection), RoundTasks.CLOSE, RoundTasks.wardFormKey(id), Map.of());
        auditLog.record(AuditRecord.of("inspection.closed", "WardInspection", id, inspection.wardId(), null,
                Map.of("total", inspection.totalScore(), "rating", inspection.rating().name())));
    }

    @Override
    public IssuedDocumentView issueMinutes(long id, LocalDate issuedOn) {
        WardInspection inspection = load(id);
        InspectionRound round = roundOf(inspection);
        access.check(Role.CLERK, round.unitId());
        if (issuedOn == null) {
            throw new RuleViolation("inspection.error.issueDateRequired");
        }
        if (inspection.status() != WardStatus.CLOSED) {
            throw new RuleViolation("inspection.error.notClosed");
        }
        IssuingBodyView body = bodies.find(round.issuingBodyId()).orElseThrow();
        OrgChart chart = organisation.today();
        Map<String, String> names = users.fullNames(inspection.inspectors());
        List<String> members = inspection.inspectors().stream().filter(person -> !person.equals(inspection.teamHead()))
                .map(person -> names.getOrDefault(person, person)).toList();
        OrgUnit wardBoard = chart.child(inspection.wardId(), UnitType.BOARD)
                .or(() -> chart.unit(inspection.wardId())).orElseThrow();
        String draftingUnit = chart.child(round.unitId(), UnitType.SECRETARIAT).map(OrgUnit::shortName).orElse(null);
        IssuedDocumentView minutes = issuance.issue(MinutesDocument.issue(new MinutesDocument.Facts(body.id(),
                round.period(), round.year(), chart.nameOf(inspection.wardId()), inspection.visitDate(),
                inspection.mode(), inspection.teamName(), names.getOrDefault(inspection.teamHead(), inspection.teamHead()),
                members, checklistOf(inspection), inspection.scores(), inspection.totalScore(), inspection.rating(),
                body.signingAuthorities().getFirst().form(), Recipient.unit(wardBoard.id(), wardBoard.name()),
                draftingUnit), issuedOn));
        inspection.minutesIssued(minutes.id(), minutes.symbol());
        auditLog.record(AuditRecord.of("inspection.minutesIssued", "WardInspection", id, inspection.wardId(), null,
                Map.of("symbol", minutes.symbol())));
        return minutes;
    }

    private WardInspectionView view(WardInspection inspection) {
        InspectionRound round = rounds.findById(inspection.roundId()).orElseThrow();
        String me = me();
        boolean open = inspection.status() == WardStatus.SCHEDULED || inspection.status() == WardStatus.DRAFTING;
        return new WardInspectionView(inspection.id(), round.id(), round.year(), round.period(), inspection.wardId(),
                organisation.today().nameOf(inspection.wardId()), inspection.teamName(), inspection.teamHead(),
                inspection.inspectors(), inspection.visitDate(), inspection.mode(), inspection.status(),
                checklistOf(inspection), inspection.scores(), inspection.totalScore(), inspection.rating(),
                inspection.version(), open && inspection.isInspector(me),
                inspection.status() == WardStatus.SUBMITTED && me.equals(inspection.teamHead()),
                inspection.minutesId(), inspection.minutesSymbol(), inspection.status() == WardStatus.CLOSED
                && inspection.minutesId() == null && access.can(Role.CLERK, round.unitId()));
    }

    private Checklist checklistOf(WardInspection inspection) {
        return templates.findById(roundOf(inspection).templateId()).orElseThrow().checklist();
    }

    private InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    /** The team sees its ward's inspection; so do the round's organisers and the body's records clerk. */
    private void checkSees(WardInspection inspection) {
        if (inspection.isInspector(me())) {
            return;
        }
        checkOversees(roundOf(inspection));
    }

    private void checkOversees(InspectionRound round) {
        if (!access.can(Role.CLERK, round.unitId())) {
            organisers.check(round.unitId());
        }
    }

    private void checkFills(WardInspection inspection) {
        if (!inspection.isInspector(me())) {
            throw new AccessDeniedException("access.denied");
        }
    }

    private WardInspection load(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }

    private String me() {
        return currentUser.actor().username();
    }
}
