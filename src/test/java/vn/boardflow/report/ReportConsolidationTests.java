package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.DemoUnits;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.Samples;
import vn.boardflow.WordText;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuedDocuments;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DocumentDrafts;
import vn.boardflow.drafting.DraftApproval;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftVersions;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanningBoard;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportConsolidations.UnitRow;
import vn.boardflow.report.ReportForms.FormDefinition;

/**
 * March 2026 of a board's three wards consolidated: two accepted and one still with the secretariat, the board's
 * report drafted without it (its process told so), refused on its way once the third is accepted since, drafted
 * again from all three, signed off and issued as a numbered Báo cáo with the totals and each ward's figures; the
 * issued report writes the board's own March report on the form it reports on one level up, which its drafter
 * sends to the secretariat above.
 */
@ModuleTest
class ReportConsolidationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportForms forms;
    @Autowired
    DocumentPreviews previews;
    @Autowired
    UnitReports reports;
    @Autowired
    ReportConsolidations consolidations;
    @Autowired
    DocumentDrafts drafts;
    @Autowired
    DraftApproval approval;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    DraftVersions versions;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ProcessEngineConfiguration engine;

    static final String UPPER_FORM = "Báo cáo tháng của các ban tổ chức Đề án";

    ReportingBoard reporting;
    PlanningBoard board;
    List<String> officers;

    @BeforeEach
    void newBoard() {
        reporting = ReportingBoard.create(context);
        board = reporting.board();
        officers = reporting.officers(context);
    }

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aMonthIsConsolidatedIntoTheBoardsIssuedReport() throws Exception {
        as(board.drafter());
        ReportFormId formId = forms.create(board.bodyId(), reporting.monthlyForm());
        ReportPeriod march = ReportPeriod.month(2026, 3);
        reports.open(formId, march);
        List<UnitReportId> ids = reports.period(formId, march).reports().stream().map(summary -> summary.id()).toList();
        long[][] figures = {{20, 100, 2}, {30, 90, 1}, {15, 80, 3}};
        for (int ward = 0; ward < 3; ward++) {
            as(officers.get(ward));
            UnitReportId id = ids.get(ward);
            reports.submit(id, "k-" + ward, reports.find(id).orElseThrow().version(), reporting.entry(figures[ward][0],
                    figures[ward][1], figures[ward][2], "Phường " + (ward + 1) + " sinh hoạt đều"), Set.of());
        }
        as(board.drafter());
        reports.accept(ids.get(0));
        reports.accept(ids.get(1));

        Consolidation partial = consolidations.of(formId, march);
        assertThat(partial.totals()).extracting(Total::period).containsExactly(50L, 190L, 3L);
        assertThat(partial.totals().getFirst().target()).as("the board's value in its plan").isEqualTo(300L);
        assertThat(partial.totals().getFirst().percent()).isEqualTo(16);
        assertThat(partial.missing()).containsExactly(partial.units().get(2).unitName());
        assertThat(partial.texts().get("danh-gia")).contains(partial.units().get(0).unitName() + ": Phường 1 sinh hoạt đều")
                .doesNotContain("Phường 3");
        assertThat(refusal(() -> consolidations.draft(formId, march, "Kết quả tháng 3/2026", partial.texts(), false)))
                .isEqualTo("report.error.unitsMissing");
        DraftId draftId = consolidations.draft(formId, march, "Kết quả thực hiện Đề án tháng 3 năm 2026",
                Map.of("danh-gia", "Các phường duy trì sinh hoạt.\n- Phường 3 chưa được tổng hợp."), true);
        String process = periodProcess(formId);
        assertThat(engine.getRuntimeService().createExecutionQuery()
                .processInstanceId(process).messageEventSubscriptionName("consolidationIssued")
                .count()).as("consolidated without the third ward, the process waits for the board's report").isOne();

        reports.accept(ids.get(2));
        assertThat(refusal(() -> approval.submit(draftId, drafts.find(draftId).orElseThrow().version())))
                .as("a ward accepted since it was drafted").isEqualTo("report.error.consolidationStale");
        Consolidation whole = consolidations.of(formId, march);
        assertThat(whole.missing()).isEmpty();
        assertThat(whole.texts()).as("as the secretariat edited them").containsEntry("danh-gia",
                "Các phường duy trì sinh hoạt.\n- Phường 3 chưa được tổng hợp.");
        assertThat(consolidations.draft(formId, march, whole.summary(), Map.of("danh-gia", "Các phường duy trì sinh hoạt."),
                false)).as("written into the same draft").isEqualTo(draftId);
        approval.submit(draftId, drafts.find(draftId).orElseThrow().version());
        as(board.reviewer());
        approval.approve(draftId, "Đồng ý");
        as(board.leader());
        assertThat(versions.preview(draftId).findings()).as("the format check before the sign-off").isEmpty();
        approval.signOff(draftId, drafts.find(draftId).orElseThrow().revision(), null);
        ReportFormId upper = upperForm(march);
        as(board.clerk());
        IssuedDocumentView issued = approval.issue(draftId, LocalDate.of(2026, 3, 27));
        assertThat(issued.symbol()).startsWith("02/BC-");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(process).count()).as("it wrote the report upward and ended")
                .isZero();
        as(board.drafter());
        UnitReports.UnitReportSummary upward = reports.mine().stream().filter(report -> report.formName()
                .equals(UPPER_FORM)).findFirst().orElseThrow();
        assertThat(upward.status()).as("written for the board's drafters to send").isEqualTo(ReportStatus.DRAFT);
        UnitReports.UnitReportView written = reports.find(upward.id()).orElseThrow();
        assertThat(written.entry().figures()).containsEntry(reporting.newMembersKey(), 65L)
                .doesNotContainKey("hoat-dong");
        assertThat(written.entry().texts()).containsEntry("danh-gia", "Các phường duy trì sinh hoạt.");
        reports.submit(upward.id(), "len-cap-tren", written.version(), written.entry(), Set.of());
        as("duthao");
        assertThat(consolidations.of(upper, march).units()).extracting(UnitRow::status)
                .containsExactly(ReportStatus.SUBMITTED);

        as(board.drafter());
        assertThat(consolidations.of(formId, march).issued()).isEqualTo(issued.symbol());
        assertThat(refusal(() -> consolidations.draft(formId, march, "Lại", Map.of(), false)))
                .isEqualTo("report.error.consolidationIssued");
        byte[] word = documents.download(issued.id()).bytes();
        Samples.write("bao-cao-tong-hop-thang-3-2026.docx", word);
        assertThat(WordText.of(word)).contains("BÁO CÁO", "Kết quả thực hiện Đề án tháng 3 năm 2026",
                "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Chỉ tiêu năm", "Lũy kế", "65", "21%",
                "II. ĐÁNH GIÁ", "Các phường duy trì sinh hoạt.", "PHỤ LỤC", "Tổng cộng",
                "Biểu đồ: " + reporting.newMembers().indicator() + " — lũy kế năm 2026 so với tiến độ theo chỉ tiêu");
        assertThat(WordprocessingMLPackage.load(new ByteArrayInputStream(word)).getParts().getParts().values())
                .as("the dashboard's chart drawn in").filteredOn(part -> part instanceof BinaryPartAbstractImage)
                .hasSize(1);
        assertThat(previews.asHtml(word)).as("and in the preview").contains("<img", "data:image/png;base64,");
        byte[] sheet = consolidations.spreadsheet(formId, march).bytes();
        Samples.write("tong-hop-thang-3-2026.xlsx", sheet);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getRow(6).getCell(3).getNumericCellValue()).as("the total of the period")
                    .isEqualTo(65);
        }
    }

    /**
     * The form the board reports on one level up: the demo city board's, whose secretariat accepts it, asking for
     * the two targets and the assessment; its March open.
     */
    private ReportFormId upperForm(ReportPeriod period) {
        as("duthao");
        UnitId secretariat = DemoUnits.named(context.getBean(Organisation.class), "Tổ Thư ký Đề án Thành phố").id();
        IssuingBodyId city = context.getBean(IssuingBodies.class).all().stream()
                .filter(body -> body.unitId().equals(DemoUnits.cityBoard(context.getBean(Organisation.class)).id()))
                .findFirst().orElseThrow().id();
        FormDefinition ours = reporting.monthlyForm();
        ReportFormId upper = forms.create(city, new FormDefinition(UPPER_FORM, ours.schedule(), List.of(board.unitId()),
                secretariat, List.of(ours.fields().get(0), ours.fields().get(1), ours.fields().get(3))));
        reports.open(upper, period);
        return upper;
    }

    private String periodProcess(ReportFormId formId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("report:" + formId + ":%").singleResult().getId();
    }

    private void as(String username) {
        Logins.as(userDetails, username);
    }
}
