package vn.boardflow.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftRouteSteps;
import vn.boardflow.fund.Settlements.OpenDossier;
import vn.boardflow.fund.YearEndReports.YearEnd;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * The year-end settlement of a board's budget: a ward's approved dossier and another still on its way, the figures
 * line by line and ward by ward, the report refused while a dossier is on its way and then issued, its Word file
 * read (and kept under target/samples), and the workbook of the same tables with its amounts as numbers.
 */
@IntegrationTest
class YearEndReportTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Settlements settlements;
    @Autowired
    SettlementFiles files;
    @Autowired
    SettlementReview review;
    @Autowired
    YearEndReports reports;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void theYearsSettlementIsReportedOnceNoDossierIsOnItsWay() throws Exception {
        PlanningBoard board = PlanningBoard.create(context);
        String accountant = board.another(context, Role.ACCOUNTANT, "Kế toán");
        BudgetId budgetId = FundFixtures.decidedBudget(context, board, accountant);
        SettlementId settled = sent(board, budgetId, "HD-YE1", 4_200_000);
        as(board.reviewer());
        review.receive(settled, version(settled));
        as(accountant);
        review.pass(settled, version(settled), null);
        as(board.leader());
        review.approve(settled, version(settled), Money.of(4_000_000), "Một hóa đơn không hợp lệ.");
        SettlementId onItsWay = sent(board, budgetId, "HD-YE2", 500_000);

        as(accountant);
        YearEnd year = reports.of(budgetId);
        assertThat(year.settled()).isEqualTo(Money.of(4_000_000));
        assertThat(year.lines()).singleElement().satisfies(line -> {
            assertThat(line.pending()).isEqualTo(Money.of(500_000));
            assertThat(line.remaining()).isEqualTo(Money.of(16_000_000));
        });
        assertThat(year.wards()).extracting(ward -> ward.remaining())
                .containsExactly(Money.of(6_000_000), Money.of(10_000_000));
        DraftId draft = reports.draft(budgetId);
        assertThat(catchThrowable(() -> approval.submit(draft, drafts.find(draft).orElseThrow().version())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("settlement.error.dossiersPending"));

        as(board.reviewer());
        review.receive(onItsWay, version(onItsWay));
        as(accountant);
        review.pass(onItsWay, version(onItsWay), null);
        as(board.leader());
        review.approve(onItsWay, version(onItsWay), Money.of(500_000), null);
        as(accountant);
        assertThat(reports.draft(budgetId)).as("the same draft, written again").isEqualTo(draft);
        approval.submit(draft, drafts.find(draft).orElseThrow().version());
        IssuedDocumentView report = DraftRouteSteps.agreedSignedAndIssued(context, draft, board.reviewer(),
                board.leader(), board.clerk(), LocalDate.of(2026, 12, 28));
        assertThat(report.symbol()).endsWith("/BC-BKH.ĐA");

        as(accountant);
        byte[] word = documents.download(report.id()).bytes();
        Samples.write("bao-cao-quyet-toan-kinh-phi.docx", word);
        assertThat(WordText.of(word)).contains("BÁO CÁO", "Quyết toán kinh phí năm 2026",
                "TÌNH HÌNH QUYẾT TOÁN THEO KHOẢN CHI", FundFixtures.ACTIVITY, "4.500.000",
                "Tổng số kinh phí đã quyết toán: 4.500.000 đồng (Bằng chữ: Bốn triệu năm trăm nghìn đồng chẵn).",
                "QUYẾT TOÁN CỦA CÁC PHƯỜNG", "5.500.000");
        assertThat(reports.of(budgetId).document()).isNotNull();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reports.spreadsheet(budgetId)
                .content()))) {
            Sheet wards = workbook.getSheetAt(1);
            assertThat(wards.getSheetName()).isEqualTo("Quyết toán của các phường");
            assertThat(wards.getRow(4).getCell(1).getStringCellValue()).startsWith("Phường An");
            assertThat(wards.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(4_500_000);
        }
    }

    /** A dossier of one voucher with its scan, sent by the first ward's officer. */
    private SettlementId sent(PlanningBoard board, BudgetId budgetId, String invoice, long amount) {
        as(board.wardOfficer());
        SettlementId id = settlements.open(new OpenDossier(budgetId, 1, board.wards().get(0), "Hồ sơ " + invoice));
        settlements.save(id, version(id), new SettlementContent("Hồ sơ " + invoice, null, null, Money.of(amount),
                List.of(new Voucher(0, "01/PC", LocalDate.of(2026, 7, 10), invoice, "Chi hội nghị", "6651",
                        Money.of(amount), null, null))));
        files.attach(id, 1, "chung-tu.jpg", EvidenceSamples.smallPhoto());
        settlements.submit(id, version(id));
        return id;
    }

    private long version(SettlementId id) {
        return settlements.find(id).orElseThrow().version();
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
