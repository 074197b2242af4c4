package vn.boardflow.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitType;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RoundService implements InspectionRounds {

    private final InspectionRoundRepository rounds;
    private final WardInspectionRepository wardInspections;
    private final ChecklistTemplateRepository templates;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final Organisers organisers;
    private final WardAccess wardAccess;
    private final DocumentIssuance issuance;
    private final RoundStarter starter;
    private final RoundTasks roundTasks;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    RoundService(InspectionRoundRepository rounds, WardInspectionRepository wardInspections,
                 ChecklistTemplateRepository templates, IssuingBodies bodies, Organisation organisation,
                 UserDirectory users, AccessPolicy access, Organisers organisers, WardAccess wardAccess,
                 DocumentIssuance issuance, RoundStarter starter, RoundTasks roundTasks, CurrentUser currentUser,
                 AuditLog auditLog, Clock clock) {
        this.rounds = rounds;
        this.wardInspections = wardInspections;
        this.templates = templates;
        this.bodies = bodies;
        this.organisation = organisation;
        this.users = users;
        this.access = access;
        this.organisers = organisers;
        this.wardAccess = wardAccess;
        this.issuance = issuance;
        this.starter = starter;
        this.roundTasks = roundTasks;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public long open(OpenRound command) {
        IssuingBodyView body = bodies.find(command.issuingBodyId())
                .orElseThrow(() -> new RuleViolation("inspection.error.bodyNotFound"));
        organisers.check(body.unitId());
        return starter.open(command, body.unitId(), currentUser.actor().username(), false).id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOrganise(long issuingBodyId) {
        return bodies.find(issuingBodyId).map(body -> organisers.include(body.unitId())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoundView> find(long roundId) {
        return rounds.findById(roundId).map(round -> {
            checkReach(round);
            return round.view(shownSchedule(round));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoundView> of(long issuingBodyId) {
        return rounds.findByIssuingBodyIdOrderByYearDescPeriodDesc(issuingBodyId).stream()
                .filter(round -> access.canActIn(round.unitId()))
                .map(round -> round.view(shownSchedule(round))).toList();
    }

    @Override
    public void revise(long roundId, long version, RoundDetails details) {
        InspectionRound round = load(roundId);
        organisers.check(round.unitId());
        starter.checkAvailable(details.templateId(), round.issuingBodyId());
        Map<String, Object> before = Map.of("templateId", round.templateId(), "selfAssessment", round.selfAssessment());
        round.revise(version, details.templateId(), details.selfAssessment(), details.purpose());
        auditLog.record(AuditRecord.of("inspection.revised", "InspectionRound", round.id(), round.unitId(), before,
                Map.of("templateId", details.templateId(), "selfAssessment", details.selfAssessment())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardRef> wards(long roundId) {
        InspectionRound round = load(roundId);
        checkReach(round);
        Set<Long> visited = new HashSet<>();
        shownSchedule(round).visits().forEach(visit -> visited.add(visit.wardId()));
        // a draft's editors need every ward, the planned ones or not
        boolean whole = wardAccess.oversees(round);
        return organisation.today().below(round.unitId(), UnitType.WARD).stream()
                .filter(ward -> whole || visited.contains(ward.id()))
                .map(ward -> new WardRef(ward.id(), ward.name())).toList();
    }

    @Override
    public List<Problem> saveSchedule(long roundId, long version, InspectionSchedule schedule) {
        InspectionRound round = load(roundId);
        organisers.check(round.unitId());
        round.reschedule(version, schedule);
        auditLog.record(AuditRecord.of("inspection.scheduled", "InspectionRound", round.id(), round.unitId(), null,
                Map.of("teams", schedule.teams().size(), "visits", schedule.visits().size())));
        return problems(round.unitId(), schedule);
    }

    @Override
    public void confirmSchedule(long roundId, long version) {
        InspectionRound round = load(roundId);
        organisers.check(round.unitId());
        InspectionSchedule schedule = round.schedule();
        List<Problem> problems = problems(round.unitId(), schedule);
        if (!problems.isEmpty()) {
            Problem first = problems.getFirst();
            throw new RuleViolation(first.messageKey(), first.arguments().toArray());
        }
        round.confirmSchedule(version);
        Map<String, Team> teams = new HashMap<>();
        schedule.teams().forEach(team -> teams.put(team.name(), team));
        List<Long> wardInspectionIds = new ArrayList<>();
        for (Visit visit : schedule.visits()) {
            Team team = teams.get(visit.team());
            wardInspectionIds.add(wardInspections.save(new WardInspection(round.id(), visit.wardId(), team.name(),
                    team.head(), List.copyOf(team.people()), visit.date(), visit.mode())).id());
        }
        // whether the wards score themselves is settled here, as the draft last said, for each ward's branch
        roundTasks.complete(round, RoundTasks.SCHEDULE, null, Map.of("wardInspectionIds", wardInspectionIds,
                "selfAssessment", round.selfAssessment()));
        auditLog.record(AuditRecord.of("inspection.confirmed", "InspectionRound", round.id(), round.unitId(), null,
                Map.of("wards", schedule.visits().size())));
    }

    @Override
    public IssuedDocumentView issuePlan(long roundId, LocalDate issuedOn) {
        InspectionRound round = load(roundId);
        Issuer issuer = issuer(round, issuedOn);
        List<WardInspection> wards = wardInspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId);
        if (wards.isEmpty()) {
            throw new RuleViolation("inspection.error.notScheduled");
        }
        OrgChart chart = organisation.today();
        InspectionSchedule schedule = round.schedule();
        Set<String> people = new LinkedHashSet<>();
        schedule.teams().forEach(team -> people.addAll(team.people()));
        Map<String, String> names = users.fullNames(people);
        List<InspectionPlanDocument.TeamFacts> teams = schedule.teams().stream()
                .map(team -> new InspectionPlanDocument.TeamFacts(team.name(), names.getOrDefault(team.head(), team.head()),
                        team.people().stream().filter(person -> !person.equals(team.head()))
                                .map(person -> names.getOrDefault(person, person)).toList()))
                .toList();
        List<InspectionPlanDocument.VisitFacts> visits = wards.stream()
                .map(ward -> new InspectionPlanDocument.VisitFacts(ward.visitDate(), chart.nameOf(ward.wardId()),
                        ward.teamName(), ward.mode()))
                .toList();
        IssuedDocumentView plan = issuance.issue(InspectionPlanDocument.issue(new InspectionPlanDocument.Facts(
                issuer.body().id(), round.period(), round.year(), round.view().purpose(), checklistOf(round),
                round.selfAssessment(), teams, visits, issuer.form(), issuer.signer(), wardBoards(chart, wards),
                issuer.draftingUnit()), issuedOn));
        round.planIssued(plan.id(), plan.symbol());
        auditLog.record(AuditRecord.of("inspection.planIssued", "InspectionRound", round.id(), round.unitId(), null,
                Map.of("symbol", plan.symbol())));
        return plan;
    }

    @Override
    public IssuedDocumentView issueReport(long roundId, LocalDate issuedOn) {
        InspectionRound round = load(roundId);
        Issuer issuer = issuer(round, issuedOn);
        List<WardInspection> wards = wardInspections.findByRoundIdOrderByVisitDateAscIdAsc(roundId);
        long open = wards.stream().filter(ward -> ward.status() != WardStatus.CLOSED).count();
        if (wards.isEmpty() || open > 0) {
            throw new RuleViolation("inspection.error.wardsOpen", open);
        }
        OrgChart chart = organisation.today();
        List<SummaryReport.WardResult> results = wards.stream().map(ward -> new SummaryReport.WardResult(
                chart.nameOf(ward.wardId()), ward.visitDate(), ward.mode(), ward.scores(), ward.totalScore(),
                ward.rating(), ward.minutesSymbol())).toList();
        IssuedDocumentView report = issuance.issue(SummaryReport.issue(new SummaryReport.Facts(issuer.body().id(),
                round.period(), round.year(), checklistOf(round), results, issuer.form(), issuer.signer(),
                wardBoards(chart, wards), issuer.draftingUnit()), issuedOn));
        round.reportIssued(report.id(), report.symbol());
        roundTasks.complete(round, RoundTasks.REPORT, null, Map.of());
        auditLog.record(AuditRecord.of("inspection.reported", "InspectionRound", round.id(), round.unitId(), null,
                Map.of("symbol", report.symbol())));
        return report;
    }

    /** Who issues a round's documents: the body's records clerk, for its head, drafted by its secretariat. */
    private record Issuer(IssuingBodyView body, SigningForm form, String signer, String draftingUnit) {
    }

    private Issuer issuer(InspectionRound round, LocalDate issuedOn) {
        access.requireActsIn(Role.CLERK, round.unitId());
        if (issuedOn == null) {
            throw new RuleViolation("inspection.error.issueDateRequired");
        }
        IssuingBodyView body = bodies.find(round.issuingBodyId()).orElseThrow();
        String head = users.contacts(Role.LEADER, List.of(round.unitId())).stream().map(UserSummary::fullName)
                .sorted().findFirst().orElseThrow(() -> new RuleViolation("inspection.error.noLeader"));
        String draftingUnit = organisation.today().draftingUnitOf(round.unitId()).orElse(null);
        return new Issuer(body, body.signingAuthorities().getFirst().form(), head, draftingUnit);
    }

    /** The wards' boards (or the wards themselves, without one), which receive the round's documents. */
    private static List<Recipient> wardBoards(OrgChart chart, List<WardInspection> wards) {
        return wards.stream()
                .map(ward -> chart.child(ward.wardId(), UnitType.BOARD).or(() -> chart.unit(ward.wardId())).orElseThrow())
                .map(board -> Recipient.unit(board.id(), board.name())).toList();
    }

    private Checklist checklistOf(InspectionRound round) {
        return templates.findById(round.templateId()).orElseThrow().checklist();
    }

    /** The schedule against the body's wards today and the roles its people hold in them. */
    private List<Problem> problems(long unitId, InspectionSchedule schedule) {
        OrgChart chart = organisation.today();
        Map<Long, String> wards = new LinkedHashMap<>();
        chart.below(unitId, UnitType.WARD).forEach(ward -> wards.put(ward.id(), ward.name()));
        Set<String> people = new LinkedHashSet<>();
        schedule.teams().forEach(team -> people.addAll(team.people()));
        Map<String, Set<Long>> roleWards = new HashMap<>();
        users.unitsHeld(people).forEach((person, units) -> roleWards.put(person, chart.nearest(units, UnitType.WARD)));
        return schedule.problems(wards, roleWards, users.fullNames(people));
    }

    /** Organisers and the records clerk see the whole schedule; anyone else at the body, the teams they are on. */
    private InspectionSchedule shownSchedule(InspectionRound round) {
        InspectionSchedule schedule = round.schedule();
        return wardAccess.oversees(round) ? schedule : schedule.of(wardAccess.me());
    }

    private void checkReach(InspectionRound round) {
        access.requireActsIn(round.unitId());
    }

    private InspectionRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new RuleViolation("inspection.error.roundNotFound"));
    }
}
