package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class WardInspectionService implements WardInspections {

    private final WardInspectionRepository inspections;
    private final InspectionRoundRepository rounds;
    private final ChecklistTemplateRepository templates;
    private final RemedialTaskRepository remedies;
    private final EvidenceRepository evidence;
    private final Organisation organisation;
    private final WardAccess wardAccess;
    private final AccessPolicy access;
    private final IssuingBodies bodies;
    private final DocumentIssuance issuance;
    private final UserDirectory users;
    private final RoundTasks roundTasks;
    private final AuditLog auditLog;
    private final Clock clock;

    WardInspectionService(WardInspectionRepository inspections, InspectionRoundRepository rounds,
                          ChecklistTemplateRepository templates, RemedialTaskRepository remedies,
                          EvidenceRepository evidence, Organisation organisation, WardAccess wardAccess,
                          AccessPolicy access, IssuingBodies bodies, DocumentIssuance issuance, UserDirectory users,
                          RoundTasks roundTasks, AuditLog auditLog, Clock clock) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.templates = templates;
        this.remedies = remedies;
        this.evidence = evidence;
        this.organisation = organisation;
        this.wardAccess = wardAccess;
        this.access = access;
        this.bodies = bodies;
        this.issuance = issuance;
        this.users = users;
        this.roundTasks = roundTasks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> mine() {
        return inspections.assignedTo(wardAccess.me()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WardInspectionView> find(long id) {
        return inspections.findById(id).map(inspection -> {
            wardAccess.checkReads(inspection, roundOf(inspection));
            return view(inspection);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> historyOf(long wardId) {
        if (!wardAccess.ofWard(wardId)) {
            OrgChart chart = organisation.today();
            boolean above = chart.ancestors(wardId).stream().anyMatch(unit -> wardAccess.oversees(unit.id()));
            AccessPolicy.require(above);
        }
        return inspections.findByWardIdAndStatusOrderByVisitDateDescIdDesc(wardId, WardStatus.CLOSED).stream()
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> ownWards() {
        return List.copyOf(wardAccess.ownWards());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardInspectionView> ofRound(long roundId) {
        InspectionRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
        boolean whole = wardAccess.oversees(round);
        return inspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId).stream()
                .filter(inspection -> whole || wardAccess.isTeam(inspection)).map(this::view).toList();
    }

    @Override
    public long saveDraft(long id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        wardAccess.checkTeam(inspection);
        inspection.checkVersion(version);
        inspection.saveDraft(scores, checklistOf(inspection));
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submit(long id, String submissionKey, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        wardAccess.checkTeam(inspection);
        InspectionRound round = roundOf(inspection);
        boolean firstTime = inspection.open();
        if (firstTime) {
            inspection.checkVersion(version);
            if (selfTaskOpen(inspection, round)) {
                throw new RuleViolation("inspection.error.selfAssessmentPending",
                        VietnameseDates.format(inspection.visitDate()));
            }
        }
        if (inspection.submit(submissionKey, scores, checklistOf(inspection), evidencedCriteria(id), wardAccess.me(),
                clock.instant())) {
            roundTasks.complete(round, RoundTasks.FILL, RoundTasks.wardFormKey(id), Map.of());
            auditLog.record(AuditRecord.of("inspection.submitted", "WardInspection", id, inspection.wardId(), null,
                    Map.of("total", inspection.totalScore(), "rating", inspection.rating().name())));
        }
        inspections.flush();
        return view(inspection);
    }

    @Override
    public long saveSelfAssessment(long id, long version, Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        checkSelfStillOpen(inspection, checkSelfAssesses(inspection));
        inspection.checkVersion(version);
        inspection.saveSelfDraft(scores, checklistOf(inspection));
        inspections.flush();
        return inspection.version();
    }

    @Override
    public WardInspectionView submitSelfAssessment(long id, String submissionKey, long version,
                                                   Map<String, CriterionScore> scores) {
        WardInspection inspection = load(id);
        InspectionRound round = checkSelfAssesses(inspection);
        if (!inspection.selfSubmitted()) {
            checkSelfStillOpen(inspection, round);
            inspection.checkVersion(version);
        }
        if (inspection.submitSelf(submissionKey, scores, checklistOf(inspection), wardAccess.me(), clock.instant())) {
            roundTasks.complete(round, RoundTasks.SELF_ASSESS, RoundTasks.selfFormKey(id), Map.of());
            auditLog.record(AuditRecord.of("inspection.selfAssessed", "WardInspection", id, inspection.wardId(), null,
                    Map.of("total", inspection.selfTotal())));
        }
        inspections.flush();
        return view(inspection);
    }

    private InspectionRound checkSelfAssesses(WardInspection inspection) {
        wardAccess.checkWard(inspection.wardId());
        InspectionRound round = roundOf(inspection);
        if (!round.selfAssessment()) {
            throw new RuleViolation("inspection.error.selfNotAsked");
        }
        return round;
    }

    /** The process takes the self-assessment away on the visit day; a ward still at it learns so, not later. */
    private void checkSelfStillOpen(WardInspection inspection, InspectionRound round) {
        if (inspection.open() && !inspection.selfSubmitted() && !selfTaskOpen(inspection, round)) {
            throw new RuleViolation("inspection.error.selfLapsed", VietnameseDates.format(inspection.visitDate()));
        }
    }

    private boolean selfTaskOpen(WardInspection inspection, InspectionRound round) {
        return roundTasks.isOpen(round, RoundTasks.SELF_ASSESS, RoundTasks.selfFormKey(inspection.id()));
    }

    @Override
    public void close(long id, List<RemedyDraft> drafts) {
        WardInspection inspection = load(id);
        wardAccess.checkReads(inspection, roundOf(inspection));
        InspectionRound round = rounds.lockById(inspection.roundId()).orElseThrow();
        inspection.close(wardAccess.me(), clock.instant());
        LocalDate today = LocalDate.now(clock);
        List<RemedyDraft> checked = drafts == null ? List.of() : drafts;
        checked.forEach(draft -> remedies.save(new RemedialTask(inspection, round.id(), draft, today, clock.instant())));
        inspections.flush();
        roundTasks.complete(round, RoundTasks.CLOSE, RoundTasks.wardFormKey(id), Map.of());
        auditLog.record(AuditRecord.of("inspection.closed", "WardInspection", id, inspection.wardId(), null,
                Map.of("total", inspection.totalScore(), "rating", inspection.rating().name(),
                        "remedies", checked.size())));
    }

    @Override
    public IssuedDocumentView issueMinutes(long id, LocalDate issuedOn) {
        WardInspection inspection = load(id);
        InspectionRound round = roundOf(inspection);
        access.requireActsIn(Role.CLERK, round.unitId());
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
        String draftingUnit = chart.draftingUnitOf(round.unitId()).orElse(null);
        IssuedDocumentView minutes = issuance.issue(MinutesDocument.issue(new MinutesDocument.Facts(body.id(),
                round.period(), round.year(), chart.nameOf(inspection.wardId()), inspection.visitDate(),
                inspection.mode(), inspection.teamName(), names.getOrDefault(inspection.teamHead(), inspection.teamHead()),
                members, checklistOf(inspection), inspection.scores(), inspection.totalScore(), inspection.rating(),
                Recipient.unit(wardBoard.id(), wardBoard.name()), draftingUnit), issuedOn));
        inspection.minutesIssued(minutes.id(), minutes.symbol());
        auditLog.record(AuditRecord.of("inspection.minutesIssued", "WardInspection", id, inspection.wardId(), null,
                Map.of("symbol", minutes.symbol())));
        return minutes;
    }

    private Set<String> evidencedCriteria(long wardInspectionId) {
        return evidence.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .map(EvidenceRow::criterionCode).filter(code -> code != null).collect(Collectors.toSet());
    }

    private WardInspectionView view(WardInspection inspection) {
        InspectionRound round = roundOf(inspection);
        boolean team = wardAccess.isTeam(inspection);
        boolean ward = wardAccess.ofWard(inspection.wardId());
        // The ward sees the team's scores once the inspection is closed, not while the team is still at work.
        boolean showScores = team || inspection.status() == WardStatus.CLOSED || wardAccess.oversees(round);
        boolean selfOpen = round.selfAssessment() && !inspection.selfSubmitted() && inspection.open()
                && selfTaskOpen(inspection, round);
        SelfAssessment self = new SelfAssessment(round.selfAssessment(), inspection.selfScores(),
                inspection.selfTotal(), inspection.selfSubmitted(), selfOpen, selfOpen && ward);
        return new WardInspectionView(inspection.id(), round.id(), round.year(), round.period(), inspection.wardId(),
                organisation.today().nameOf(inspection.wardId()), inspection.teamName(), inspection.teamHead(),
                inspection.inspectors(), inspection.visitDate(), inspection.mode(), inspection.status(),
                checklistOf(inspection), showScores ? inspection.scores() : Map.of(),
                showScores ? inspection.totalScore() : null, showScores ? inspection.rating() : null,
                inspection.version(), inspection.open() && team,
                inspection.status() == WardStatus.SUBMITTED && wardAccess.isHead(inspection),
                inspection.minutesId(), inspection.minutesSymbol(), inspection.status() == WardStatus.CLOSED
                && inspection.minutesId() == null && access.can(Role.CLERK, round.unitId()), self,
                remedyCount(inspection.id()));
    }

    private RemedyCount remedyCount(long wardInspectionId) {
        LocalDate today = LocalDate.now(clock);
        List<RemedialTask> tasks = remedies.findByWardInspectionIdOrderByIdAsc(wardInspectionId);
        return new RemedyCount((int) tasks.stream().filter(task -> task.status() != RemedyStatus.ACCEPTED).count(),
                (int) tasks.stream().filter(task -> task.overdue(today)).count());
    }

    private Checklist checklistOf(WardInspection inspection) {
        return templates.findById(roundOf(inspection).templateId()).orElseThrow().checklist();
    }

    private InspectionRound roundOf(WardInspection inspection) {
        return rounds.findById(inspection.roundId()).orElseThrow();
    }

    private WardInspection load(long id) {
        return inspections.findById(id).orElseThrow(() -> new RuleViolation("inspection.error.wardNotFound"));
    }
}
