package vn.boardflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import vn.boardflow.Logins;
import vn.boardflow.SecurityStrategyListener;
import vn.boardflow.TestClock;
import vn.boardflow.TestDatabase;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuedDocuments.DocumentFilter;
import vn.boardflow.document.IssuedDocuments.IncomingDocumentView;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftComments;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.emulation.Agreements;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.emulation.Campaigns;
import vn.boardflow.emulation.Campaigns.CampaignView;
import vn.boardflow.emulation.Proposals;
import vn.boardflow.emulation.Proposals.ProposalStatus;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Standings;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.Budgets.BudgetView;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.Settlements;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.fund.WardFunds;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionRounds;
import vn.boardflow.inspection.InspectionRounds.RoundView;
import vn.boardflow.inspection.WardInspections;
import vn.boardflow.inspection.WardInspections.WardInspectionView;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.AnnualPlans.PlanFilter;
import vn.boardflow.plan.PlanId;
import vn.boardflow.plan.PlanSummary;
import vn.boardflow.report.ReportDashboards;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.DashboardForm;
import vn.boardflow.report.ReportDashboards.DashboardQuery;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.shared.Money;
import vn.boardflow.workflow.InboxTask;
import vn.boardflow.workflow.TaskInbox;

/**
 * A first start with the demo data fills every screen of the README's walkthroughs. It needs an empty
 * database of its own, so it runs on an in-memory H2 database whatever the other tests run on.
 */
@SpringBootTest(properties = {"boardflow.demo-data=true", "boardflow.demo-activity=true",
        "spring.datasource.url=jdbc:h2:mem:demo-activity;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles(resolver = TestDatabase.class)
@Import(TestClock.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DemoActivityTest {

    @Autowired
    AnnualPlans plans;
    @Autowired
    DraftComments draftComments;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    InspectionRounds rounds;
    @Autowired
    WardInspections inspections;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ReportDashboards dashboards;
    @Autowired
    Budgets budgets;
    @Autowired
    Settlements settlements;
    @Autowired
    SettlementReview review;
    @Autowired
    WardFunds wardFunds;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Agreements agreements;
    @Autowired
    Scorecards scorecards;
    @Autowired
    Proposals proposals;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theSeedPlanIsIssuedAndNextYearsWaitsForTheReviewer() {
        as("duthao");
        List<PlanSummary> all = plans.search(PlanFilter.none(), 0, 10);
        assertThat(all).anySatisfy(plan -> {
            assertThat(plan.year()).isEqualTo(2018);
            assertThat(plan.status()).isEqualTo(DraftStatus.ISSUED);
            assertThat(plan.documentSymbol()).isEqualTo("01/KH-BTC.ĐACN");
        });
        assertThat(all).anySatisfy(plan -> assertThat(plan.status()).isEqualTo(DraftStatus.IN_REVIEW));
        PlanId issued = all.stream().filter(plan -> plan.year() == 2018).findFirst().orElseThrow().id();
        DraftId draft = plans.find(issued).orElseThrow().draftId();
        assertThat(draftComments.of(draft)).extracting(comment -> comment.text()).contains(DemoPlans.RETURN_COMMENT);

        as("xemxet");
        assertThat(taskNames()).contains("Xem xét", "Kết thúc kiểm tra phường");
    }

    @Test
    void theRegistersAndTheWardsIncomingListsHaveDocuments() {
        as("vanthu");
        List<IssuedDocumentView> issued = documents.search(new DocumentFilter(null, null, null, null), 0, 50);
        assertThat(issued).extracting(IssuedDocumentView::symbol)
                .contains("01/KH-BTC.ĐACN", "12-HD/TĐTN-TCKT")
                .anySatisfy(symbol -> assertThat(symbol).contains("/TB-BTC.ĐACN"))
                .anySatisfy(symbol -> assertThat(symbol).contains("/BB-BTC.ĐACN"))
                .anySatisfy(symbol -> assertThat(symbol).endsWith("/BTC.ĐACN-TTK"));

        as("phucuong");
        assertThat(documents.incoming(false, 0, 50)).extracting(IncomingDocumentView::symbol)
                .contains("01/KH-BTC.ĐACN", "12-HD/TĐTN-TCKT").anySatisfy(symbol -> assertThat(symbol).contains("/BB-"));
    }

    @Test
    void theMidYearRoundIsUnderWayAndTheYearEndRoundsWardsScoreThemselves() {
        as("duthao");
        IssuingBodyId board = plans.draftingBodies().stream().filter(body -> body.abbreviation().equals("BTC.ĐACN"))
                .findFirst().orElseThrow().id();
        RoundView midYear = rounds.of(board).stream()
                .filter(round -> round.period() == InspectionPeriod.MID_YEAR).findFirst().orElseThrow();
        assertThat(midYear.planSymbol()).isNotNull();
        List<WardInspectionView> wards = inspections.ofRound(midYear.id());
        assertThat(wards).hasSize(14);
        assertThat(wards).filteredOn(ward -> ward.status() == WardStatus.CLOSED).hasSize(8);
        assertThat(wards).filteredOn(ward -> ward.minutesSymbol() != null).hasSize(6);

        as("phucuong");
        assertThat(taskNames()).contains("Khắc phục tồn tại", "Phường tự chấm điểm");
        as("phuloi");
        assertThat(taskNames()).contains("Phường tự chấm điểm");
        as("kiemtra");
        assertThat(taskNames()).contains("Chấm điểm phường");
        as("lanhdao");
        assertThat(taskNames()).contains("Kết thúc kiểm tra phường");
        as("xemxet");
        assertThat(taskNames()).contains("Xem xét kết quả khắc phục");
    }

    private List<String> taskNames() {
        return inbox.page(false, 0, 200).stream().map(InboxTask::name).toList();
    }

    @Test
    void theDashboardShowsTenMonthsOfTheWardsReportsUnderThe2018Plan() {
        as("duthao");
        DashboardForm form = dashboards.forms().getFirst();
        assertThat(form.latestYear()).isEqualTo(2018);
        assertThat(form.units()).hasSize(14);
        Dashboard dashboard = dashboards.of(new DashboardQuery(form.formId(), 2018, null, null));
        assertThat(dashboard.reportedPeriods()).isEqualTo(10);
        assertThat(dashboard.fields()).allSatisfy(field -> assertThat(field.target()).isPositive());
        assertThat(dashboard.rates()).hasSize(12).allSatisfy(rates -> assertThat(rates.expected()).isEqualTo(14));
        assertThat(dashboard.rates().subList(0, 10)).allSatisfy(rates -> assertThat(rates.completeness()).isEqualTo(100))
                .anySatisfy(rates -> assertThat(rates.timeliness()).isLessThan(100));
        assertThat(dashboard.units()).filteredOn(UnitProgress::behindPace).hasSize(1);
        assertThat(dashboard.units().getLast().behindPace()).as("ranked last").isTrue();

        // the province follows the city board's own months, which add up its wards'
        as("tinh");
        DashboardForm province = dashboards.forms().getFirst();
        assertThat(province.units()).extracting(UnitName::name).containsExactly("Ban Tổ chức Đề án đoàn kết tập hợp TNCN");
        Dashboard city = dashboards.of(new DashboardQuery(province.formId(), 2018, null, null));
        assertThat(city.reportedPeriods()).isEqualTo(10);
        assertThat(city.fields().getFirst().actual()).isEqualTo(dashboard.fields().getFirst().actual());
        assertThat(dashboards.completeness(ReportPeriod.month(2018, 10))).singleElement()
                .satisfies(row -> assertThat(row.rates().completeness()).isEqualTo(100));
    }

    @Test
    void theAccountantFindsTheYearsBudgetSharedOutToTheWards() {
        as("ketoan");
        BudgetView budget = budgets.list().getFirst();
        assertThat(budget.year()).isEqualTo(2018);
        assertThat(budget.editable()).isTrue();
        assertThat(budget.wards()).hasSize(14);
        assertThat(budget.content().total()).isEqualTo(Money.of(20_000_000 + 70_000_000 + 14_000_000 + 3_500_000
                + 10_000_000));
        assertThat(budget.content().allocatedTo(budget.wards().getFirst().unitId())).isEqualTo(Money.of(6_250_000));
        assertThat(budget.content().lines()).filteredOn(line -> !line.remaining().isZero())
                .as("the city keeps the conference and the prizes").hasSize(2);
        assertThat(budget.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(budget.decision().symbol()).endsWith("/QĐ-BTC.ĐACN");
        assertThat(budget.decided()).isEqualTo(budget.content());
    }

    @Test
    void theAccountantAndTheWardsFindTheirSettlementsWaiting() {
        as("ketoan");
        assertThat(review.queue()).extracting(SettlementSummary::kind, SettlementSummary::title).containsExactly(
                tuple(DossierKind.ADVANCE, "Sinh hoạt chi hội thanh niên công nhân quý II"),
                tuple(DossierKind.SETTLEMENT, "In tờ rơi tuyên truyền Đề án"));
        assertThat(settlements.mine()).extracting(SettlementSummary::status).containsExactlyInAnyOrder(
                SettlementStatus.DRAFT, SettlementStatus.RECEIVED, SettlementStatus.RETURNED, SettlementStatus.CLOSED,
                SettlementStatus.PAID, SettlementStatus.RECEIVED);
        as("phucuong");
        assertThat(settlements.mine()).filteredOn(dossier -> dossier.status() == SettlementStatus.DRAFT)
                .singleElement().satisfies(dossier -> assertThat(settlements.find(dossier.id()).orElseThrow()
                        .findings()).extracting(SettlementFinding::messageKey)
                        .containsExactly("settlement.check.missingAttachment"));
        assertThat(wardFunds.mine()).filteredOn(line -> line.allocation().lineKey() == 2).singleElement()
                .satisfies(line -> {
                    assertThat(line.settled()).isEqualTo(Money.of(1_500_000));
                    assertThat(line.advanced()).isEqualTo(Money.of(3_000_000));
                    assertThat(line.remaining()).isEqualTo(Money.of(500_000));
                });
        assertThat(settlements.mine()).filteredOn(dossier -> dossier.kind() == DossierKind.ADVANCE).singleElement()
                .satisfies(advance -> assertThat(settlements.find(advance.id()).orElseThrow()
                        .may(SettlementAction.CLEAR)).isTrue());
        as("phuloi");
        assertThat(settlements.mine()).filteredOn(dossier -> dossier.status() == SettlementStatus.RETURNED)
                .singleElement().satisfies(dossier -> assertThat(settlements.find(dossier.id())
                .orElseThrow().comments()).containsKey(1));
    }

    @Test
    void theWardsClusterIsScoredFromTheir2018ReportsAndTheMidYearRoundAndWaitsForItsChair() {
        as("phucuong");
        CampaignView campaign = campaigns.all().stream().filter(each -> each.startsOn().getYear() == 2018)
                .findFirst().orElseThrow();
        AgreementView agreement = agreements.ofCampaign(campaign.id()).getFirst();
        Standings standings = scorecards.of(agreement.id()).orElseThrow();
        assertThat(standings.agreement().chairs()).as("Phú Cường chairs").isTrue();
        assertThat(standings.agreement().status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(standings.cards()).hasSize(DemoEmulation.MEMBERS).allSatisfy(card -> {
            assertThat(card.lines().getFirst().source()).as("targets from the reports").isNotNull();
            assertThat(card.timeliness()).isNotNull();
        });
        assertThat(standings.cards()).filteredOn(card -> card.inspectionPercent() != null)
                .as("the wards whose inspection is closed").isNotEmpty();
        assertThat(standings.cards()).filteredOn(Card::ownSent).hasSize(2);
        assertThat(standings.cards()).extracting(Card::rank).first().isEqualTo(1);
        assertThat(proposals.ofCampaign(campaign.id())).filteredOn(proposal -> proposal.details().formCode()
                .equals("LDTT")).as("0,3 of the base salary of 31/12/2018, under Nghị định 91/2017")
                .allSatisfy(proposal -> assertThat(proposal.prize()).isEqualTo(Money.of(417_000)));
        assertThat(proposals.ofCampaign(campaign.id())).hasSize(5)
                .filteredOn(proposal -> proposal.status() != ProposalStatus.DRAFT).hasSize(4)
                .filteredOn(proposal -> proposal.status() == ProposalStatus.SENT).hasSize(2)
                .filteredOn(proposal -> proposal.details().formCode().equals("CSTDCS")).singleElement()
                .satisfies(proposal -> assertThat(proposal.failed()).as("over the cap").isEqualTo(1));
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
