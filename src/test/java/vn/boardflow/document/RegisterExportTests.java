package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.STPageOrientation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.Samples;
import vn.boardflow.document.NumberingRegister.IssueNumber;
import vn.boardflow.document.RegisterExports.ExportedFile;

@IntegrationTest
class RegisterExportTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegisterExports exports;
    @Autowired
    NumberingRegister register;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void theRegisterPrintsAsALandscapeWordTableAndAsASpreadsheetWithTheTenColumns() throws Exception {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, body.clerk());
        for (int i = 1; i <= 3; i++) {
            register.issue(new IssueNumber(body.bodyId(), DocumentType.KE_HOACH, LocalDate.of(2026, 1, i),
                    "Kế hoạch số " + i + " & <thử>", "Phạm Quốc Bảo", null, List.of("BTC Đề án các phường", "Lưu: VT"),
                    2, "VP Thành đoàn"));
        }
        RegisterEntryView voided = register.entries(new NumberingRegister.RegisterFilter(body.bodyId(), 2026, null, null),
                0, 1).getFirst();
        register.voidNumber(voided.id(), "Cấp nhầm");

        ExportedFile word = exports.word(body.bodyId(), 2026);
        Samples.write(word.fileName(), word.bytes());
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(word.bytes()));
        var page = document.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getPgSz();
        assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(page.getW().intValue()).isGreaterThan(page.getH().intValue());
        String text = TextUtils.getText(document.getMainDocumentPart().getJaxbElement());
        assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Năm 2026", "Tên loại và trích yếu nội dung", "Ký nhận",
                "01/KH-BTN.ĐA", "03/KH-BTN.ĐA", "Kế hoạch: Kế hoạch số 2 & <thử>", "Hủy số: Cấp nhầm");
        assertThat(word.fileName()).isEqualTo("So-van-ban-di-BTN.DA-2026.docx");

        ExportedFile excel = exports.spreadsheet(body.bodyId(), 2026);
        Samples.write(excel.fileName(), excel.bytes());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("01/01/2026");
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void aWardOfficerCannotExportTheCityRegister() {
        FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
        Logins.as(userDetails, "phucuong");
        assertThatThrownBy(() -> exports.word(body.bodyId(), 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.spreadsheet(body.bodyId(), 2026)).isInstanceOf(AccessDeniedException.class);
    }
}
