package vn.boardflow.inspection.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.Recipient;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundDocuments;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.shared.RuleViolation;

/**
 * The round's two papers drafted from what it holds and opened on the document route, each once: the Kế hoạch
 * kiểm tra once the schedule is confirmed, the Báo cáo kết quả once every ward is closed. {@link RoundPaperRoute}
 * follows them from there.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RoundPapers implements RoundDocuments {

    private final RoundRecords records;
    private final WardInspectionRepository wardInspections;
    private final ChecklistRevisions checklists;
    private final Issuers issuers;
    private final FeatureDrafts drafts;
    private final Organisation organisation;
    private final UserDirectory users;
    private final RoundTasks roundTasks;

    RoundPapers(RoundRecords records, WardInspectionRepository wardInspections, ChecklistRevisions checklists,
                Issuers issuers, FeatureDrafts drafts, Organisation organisation, UserDirectory users,
                RoundTasks roundTasks) {
        this.records = records;
        this.wardInspections = wardInspections;
        this.checklists = checklists;
        this.issuers = issuers;
        this.drafts = drafts;
        this.organisation = organisation;
        this.users = users;
        this.roundTasks = roundTasks;
    }

    @Override
    public DraftId draftPlan(RoundId roundId) {
        InspectionRound round = records.organised(roundId);
        if (round.planDraft().isPresent()) {
            return round.planDraft().get();
        }
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
        DraftId draft = open(round, RoundPaperRoute.PLAN, InspectionPlanDocument.draft(new InspectionPlanDocument.Facts(
                round.period(), round.year(), round.view().purpose(), checklists.of(round.templateId()),
                round.selfAssessment(), teams, visits, wardBoards(chart, wards)), issuers.headOf(round.issuingBodyId())));
        round.planDrafted(draft);
        return draft;
    }

    @Override
    public DraftId draftReport(RoundId roundId) {
        InspectionRound round = records.organised(roundId);
        if (round.reportDraft().isPresent()) {
            return round.reportDraft().get();
        }
        List<WardInspection> wards = wardInspections.findByRoundIdOrderByVisitDateAscIdAsc(round.id());
        long open = wards.stream().filter(ward -> ward.status() != WardStatus.CLOSED).count();
        if (wards.isEmpty() || open > 0) {
            throw new RuleViolation("inspection.error.wardsOpen", open);
        }
        OrgChart chart = organisation.today();
        List<SummaryReport.WardResult> results = wards.stream().map(ward -> new SummaryReport.WardResult(
                chart.nameOf(ward.wardId()), ward.visitDate(), ward.mode(), ward.scores(), ward.totalScore(),
                ward.rating(), ward.minutesSymbol())).toList();
        DraftId draft = open(round, RoundPaperRoute.REPORT, SummaryReport.draft(new SummaryReport.Facts(round.period(),
                round.year(), checklists.of(round.templateId()), results, wardBoards(chart, wards)),
                issuers.headOf(round.issuingBodyId())));
        round.reportDrafted(draft);
        // a report drafted again after a cancelled one finds the round's last step already taken
        if (roundTasks.isOpen(round, RoundTasks.REPORT, screen(round))) {
            roundTasks.complete(round, RoundTasks.REPORT, screen(round), Map.of());
        }
        return draft;
    }

    private DraftId open(InspectionRound round, String paper, DraftContent content) {
        return drafts.open(new DraftOrigin(paper, round.id(), screen(round)), round.issuingBodyId(), content);
    }

    /** The round's page, where its papers are drafted and the organisers' steps open. */
    private static String screen(InspectionRound round) {
        return "inspections/" + round.id();
    }

    /** The wards' boards (or the wards themselves, without one), which receive the round's documents. */
    private static List<Recipient> wardBoards(OrgChart chart, List<WardInspection> wards) {
        return wards.stream().map(ward -> WardBoards.of(chart, ward.wardId())).toList();
    }
}
