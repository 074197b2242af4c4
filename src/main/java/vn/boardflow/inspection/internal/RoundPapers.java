package vn.boardflow.inspection.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.Recipient;
import vn.boardflow.inspection.InspectionEvents.RoundPlanIssued;
import vn.boardflow.inspection.InspectionEvents.RoundReported;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundDocuments;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

/**
 * The round's two documents, issued by the body's records clerk and signed by its head: the Kế hoạch
 * kiểm tra once the schedule is confirmed, the Báo cáo kết quả once every ward is closed, which ends the round.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RoundPapers implements RoundDocuments {

    private final RoundRecords records;
    private final WardInspectionRepository wardInspections;
    private final ChecklistRevisions checklists;
    private final Issuers issuers;
    private final DocumentIssuance issuance;
    private final Organisation organisation;
    private final UserDirectory users;
    private final RoundTasks roundTasks;
    private final ApplicationEventPublisher events;

    RoundPapers(RoundRecords records, WardInspectionRepository wardInspections, ChecklistRevisions checklists,
                Issuers issuers, DocumentIssuance issuance, Organisation organisation, UserDirectory users,
                RoundTasks roundTasks, ApplicationEventPublisher events) {
        this.records = records;
        this.wardInspections = wardInspections;
        this.checklists = checklists;
        this.issuers = issuers;
        this.issuance = issuance;
        this.organisation = organisation;
        this.users = users;
        this.roundTasks = roundTasks;
        this.events = events;
    }

    @Override
    public IssuedDocumentView issuePlan(RoundId roundId, LocalDate issuedOn) {
        InspectionRound round = records.load(roundId);
        Issuer issuer = issuers.issuing(round.issuingBodyId(), issuedOn);
        List<WardInspection> wards = wardInspections.findByRoundIdOrderByVisitDateAscIdAsc(round.id());
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
        IssuedDocumentView plan = issuance.issue(InspectionPlanDocument.issue(issuer, new InspectionPlanDocument.Facts(
                round.period(), round.year(), round.view().purpose(), checklists.of(round.templateId()),
                round.selfAssessment(), teams, visits, wardBoards(chart, wards))));
        round.planIssued(plan.ref());
        events.publishEvent(new RoundPlanIssued(round.id(), round.unitId(), plan.symbol()));
        return plan;
    }

    @Override
    public IssuedDocumentView issueReport(RoundId roundId, LocalDate issuedOn) {
        InspectionRound round = records.load(roundId);
        Issuer issuer = issuers.issuing(round.issuingBodyId(), issuedOn);
        List<WardInspection> wards = wardInspections.findByRoundIdOrderByVisitDateAscIdAsc(round.id());
        long open = wards.stream().filter(ward -> ward.status() != WardStatus.CLOSED).count();
        if (wards.isEmpty() || open > 0) {
            throw new RuleViolation("inspection.error.wardsOpen", open);
        }
        OrgChart chart = organisation.today();
        List<SummaryReport.WardResult> results = wards.stream().map(ward -> new SummaryReport.WardResult(
                chart.nameOf(ward.wardId()), ward.visitDate(), ward.mode(), ward.scores(), ward.totalScore(),
                ward.rating(), ward.minutesSymbol())).toList();
        IssuedDocumentView report = issuance.issue(SummaryReport.issue(issuer, new SummaryReport.Facts(round.period(),
                round.year(), checklists.of(round.templateId()), results, wardBoards(chart, wards))));
        round.reportIssued(report.ref());
        roundTasks.complete(round, RoundTasks.REPORT, null, Map.of());
        events.publishEvent(new RoundReported(round.id(), round.unitId(), report.symbol()));
        return report;
    }

    /** The wards' boards (or the wards themselves, without one), which receive the round's documents. */
    private static List<Recipient> wardBoards(OrgChart chart, List<WardInspection> wards) {
        return wards.stream().map(ward -> WardBoards.of(chart, ward.wardId())).toList();
    }
}
