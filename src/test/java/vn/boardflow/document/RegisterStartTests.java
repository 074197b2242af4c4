package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.RegisterExports.ExportedFile;
import vn.boardflow.document.RegisterStarts.RegisterStartView;
import vn.boardflow.document.RegisterStarts.StartAt;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditFilter;
import vn.boardflow.shared.RuleViolation;

/**
 * A register moved to BoardFlow in May with 224 numbers spent on paper goes on from 225: set once, with a
 * reason, never at or below a number BoardFlow gave, recorded in the audit, and printed in the register.
 */
@IntegrationTest
class RegisterStartTests {

    static final LocalDate MAY = LocalDate.of(2024, 5, 20);

    @Autowired
    ApplicationContext context;
    @Autowired
    NumberingRegister register;
    @Autowired
    RegisterStarts starts;
    @Autowired
    RegisterExports exports;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aRegisterMovedMidYearGoesOnFromItsPaperNumbers() throws Exception {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());
        register.issue(NumberingRegisterTests.plan(body.bodyId(), MAY, "Kế hoạch đã cấp trên BoardFlow"));

        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 0, null, 225, "Chuyển từ sổ giấy")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("register.start.error.year"));
        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 2_250_000, "Chuyển từ sổ giấy")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("register.start.error.tooLarge"));
        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 225, " ")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("register.start.error.reasonRequired"));
        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 2, "Chuyển từ sổ giấy")))
                .as("02 is what BoardFlow gives next anyway").isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("register.start.error.notPastIssued");
                    assertThat(refusal.arguments()).containsExactly("02");
                });
        starts.startAt(new StartAt(body.bodyId(), 2024, null, 225, "Chuyển từ sổ giấy ngày 20/05/2024"));

        assertThat(register.issue(NumberingRegisterTests.plan(body.bodyId(), MAY, "Kế hoạch sau khi chuyển")).symbol())
                .isEqualTo("225/KH-BTN.ĐA");
        assertThat(register.issue(NumberingRegisterTests.plan(body.bodyId(), LocalDate.of(2025, 1, 2), "Năm sau"))
                .symbol()).as("the next year starts at 01").isEqualTo("01/KH-BTN.ĐA");
        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 500, "Lần nữa")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("register.start.error.alreadySet"));

        RegisterStartView start = starts.of(body.bodyId(), 2024).getFirst();
        assertThat(start.note()).isEqualTo("từ số 225 sổ được ghi trên BoardFlow; số 02–224 đã cấp trên sổ giấy "
                + "(Chuyển từ sổ giấy ngày 20/05/2024).");
        assertThat(start.setBy()).isEqualTo(body.clerk());
        Logins.as(userDetails, "quantri");
        assertThat(auditLog.search(new AuditFilter(null, null, null, "register.started", "RegisterStart", null), 0, 50))
                .anySatisfy(entry -> assertThat(entry.stateAfter()).contains("\"next\":225", "Chuyển từ sổ giấy"));
        Logins.as(userDetails, body.clerk());

        ExportedFile word = exports.word(body.bodyId(), 2024);
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(word.bytes()))
                .getMainDocumentPart().getJaxbElement());
        assertThat(text).contains(start.note(), "225/KH-BTN.ĐA");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.spreadsheet(body.bodyId(), 2024)
                .bytes()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(start.note());
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
        }
    }

    @Test
    void aBodyThatNumbersTypesApartStartsEachTypeOnItsOwn() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.YOUTH_UNION, NumberingScheme.PER_TYPE);
        Logins.as(userDetails, body.clerk());

        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 225, "Chuyển sổ")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("register.start.error.typeRequired"));
        starts.startAt(new StartAt(body.bodyId(), 2024, DocumentType.KE_HOACH, 225, "Chuyển sổ"));

        assertThat(register.issue(new IssueNumber(body.bodyId(), DocumentType.KE_HOACH, MAY, "Kế hoạch",
                "Ký", "CTTN", List.of(), 1, null)).symbol()).isEqualTo("225-KH/BTN.ĐA-CTTN");
        assertThat(register.issue(new IssueNumber(body.bodyId(), DocumentType.HUONG_DAN, MAY,
                "Hướng dẫn", "Ký", "CTTN", List.of(), 1, null)).symbol()).isEqualTo("01-HD/BTN.ĐA-CTTN");
        assertThat(starts.of(body.bodyId(), 2024)).singleElement().satisfies(start ->
                assertThat(start.note()).startsWith("Kế hoạch: từ số 225"));
    }

    @Test
    void onlyTheBodysClerkOrAnAdministratorSetsIt() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, "duthao");
        assertThatThrownBy(() -> starts.startAt(new StartAt(body.bodyId(), 2024, null, 33, "Chuyển sổ")))
                .isInstanceOf(AccessDeniedException.class);
        Logins.as(userDetails, "quantri");
        starts.startAt(new StartAt(body.bodyId(), 2022, null, 33, "Sổ giấy đến số 32"));
        assertThat(starts.of(body.bodyId(), 2022)).extracting(RegisterStartView::firstNumber).containsExactly(33);
    }
}
