package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.document.DocumentEvents.DocumentIssued;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.InspectionEvents.EvidenceChanged;
import vn.boardflow.inspection.InspectionEvents.MinutesIssued;
import vn.boardflow.inspection.InspectionEvents.RoundPlanIssued;
import vn.boardflow.inspection.InspectionEvents.RoundScheduled;
import vn.boardflow.inspection.InspectionEvents.ScheduleConfirmed;
import vn.boardflow.inspection.InspectionEvents.WardInspectionClosed;
import vn.boardflow.inspection.InspectionEvents.WardInspectionSubmitted;
import vn.boardflow.inspection.InspectionRounds.OpenRound;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.plan.PlanningBoard;

/** The inspections module with only the modules it uses: what a round tells the rest of the application. */
@ModuleTest(nested = {"inspection.checklist", "inspection.evidence", "inspection.remedy"})
// the nested modules' repositories are found twice, under the parent's package and under their own
@TestPropertySource(properties = "spring.main.allow-bean-definition-overriding=true")
class InspectionModuleTests {

    static final LocalDate FIRST_VISIT = LocalDate.of(2026, 6, 10);

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    RoundPlanning planning;
    @Autowired
    RoundDocuments papers;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    WardInspections inspections;

    @Autowired
    TeamSheets teamSheets;

    @Autowired
    WardInspectionClosing closing;

    @Autowired
    WardMinutes wardMinutes;
    @Autowired
    ChecklistTemplates templates;
    @Autowired
    InspectionEvidence evidence;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aRoundPublishesItsScheduleItsPapersAndEachWardsEvidenceScoringAndClosing(AssertablePublishedEvents events) {
        PlanningBoard board = PlanningBoard.create(context);
        Logins.as(userDetails, board.drafter());
        RoundId roundId = rounds.open(new OpenRound(board.bodyId(), 2026, InspectionPeriod.MID_YEAR,
                InspectionFixtures.standardChecklist(templates), false, ""));
        InspectionFixtures.scheduleOneTeam(rounds, planning, board, roundId, FIRST_VISIT);
        DraftId draft = papers.draftPlan(roundId);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        Logins.as(userDetails, board.reviewer());
        approval.approve(draft, null);
        Logins.as(userDetails, board.leader());
        approval.signOff(draft, drafts.find(draft).orElseThrow().revision(), null);
        Logins.as(userDetails, board.clerk());
        String plan = approval.issue(draft, FIRST_VISIT.minusDays(5)).symbol();
        WardInspectionView first = inspections.mine().stream().filter(view -> view.roundId().equals(roundId))
                .findFirst().orElseThrow();
        Map<String, CriterionScore> scores = new HashMap<>(InspectionFixtures.fullMarks());
        scores.put("8.1", new CriterionScore(3, "Trễ hạn ba tháng"));
        EvidenceSamples.attachRequired(evidence, first.id());
        teamSheets.submit(first.id(), "gui-1", first.version(), scores);
        Logins.as(userDetails, board.reviewer());
        closing.close(first.id(), List.of(new RemedyDraft("8.1", "Gửi báo cáo tháng đúng hạn",
                LocalDate.of(2026, 7, 31))));
        Logins.as(userDetails, board.clerk());
        String minutes = wardMinutes.issue(first.id(), FIRST_VISIT.plusDays(1)).symbol();

        assertThat(events).contains(RoundScheduled.class)
                .matching(scheduled -> scheduled.roundId() == roundId.value() && scheduled.teams() == 1 && scheduled.visits() == 3);
        assertThat(events).contains(ScheduleConfirmed.class)
                .matching(confirmed -> confirmed.roundId() == roundId.value() && confirmed.wards() == 3);
        assertThat(events).contains(RoundPlanIssued.class)
                .matching(issued -> issued.roundId() == roundId.value() && issued.symbol().equals(plan));
        assertThat(events).contains(WardInspectionSubmitted.class)
                .matching(submitted -> submitted.wardInspectionId() == first.id().value() && submitted.total() == 97
                        && submitted.rating() == Rating.XUAT_SAC);
        assertThat(events).contains(WardInspectionClosed.class)
                .matching(closed -> closed.wardInspectionId() == first.id().value() && closed.remedies() == 1);
        assertThat(events).contains(MinutesIssued.class)
                .matching(issued -> issued.wardInspectionId() == first.id().value() && issued.symbol().equals(minutes));
        assertThat(events).contains(EvidenceChanged.class)
                .matching(changed -> changed.attached() && changed.wardInspectionId() == first.id().value());
        assertThat(events.ofType(DocumentIssued.class)).extracting(DocumentIssued::symbol).contains(plan, minutes);
    }
}
