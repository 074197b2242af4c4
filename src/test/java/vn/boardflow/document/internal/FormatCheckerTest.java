package vn.boardflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.FormatCheck.Finding;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.Seed004Plan;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Translations;

class FormatCheckerTest {

    final FormatChecker checker = new FormatChecker();
    final WordDocumentRenderer renderer = new WordDocumentRenderer();

    @Test
    void theSeedAsTypedShowsTheSlipsDocumentsMdLists() throws Exception {
        byte[] seed = asWord(Files.readAllLines(Path.of("src/test/resources/seed-004/seed-004.txt"), StandardCharsets.UTF_8));

        List<Finding> findings = checker.check(seed, FormatProfile.STATE, false);

        assertThat(findings).extracting(Finding::messageKey).containsExactlyInAnyOrder(
                "formatCheck.mottoDashes", "formatCheck.numberSpacing", "formatCheck.dateLineMissing",
                "formatCheck.lastBasisEnding", "formatCheck.filedCopyLine");
        assertThat(findings).extracting(Finding::line).contains("Số: 01 /KH-BTC.ĐACN", "Độc lập – Tự do – Hạnh phúc",
                "- Lưu VP Thành đoàn, Tổ Thư ký Đề án Tp.");
        findings.forEach(finding -> Translations.LOCALES.forEach(locale ->
                assertThat(Translations.bundle(locale).containsKey(finding.messageKey())).isTrue()));
    }

    @Test
    void theRenderedPlanAndItsDraftFollowTheRules() {
        byte[] template = TemplateLibrary.shipped(Seed004Plan.content(null).type());
        assertThat(checker.check(renderer.render(template, Seed004Plan.content("01/KH-BTC.ĐACN")), FormatProfile.STATE,
                false)).isEmpty();
        assertThat(checker.check(renderer.render(template, Seed004Plan.content(null)), FormatProfile.STATE, true))
                .isEmpty();
        assertThat(checker.check(renderer.render(template, Seed004Plan.content(null)), FormatProfile.STATE, false))
                .extracting(Finding::messageKey).containsExactly("formatCheck.numberMalformed");
    }

    @Test
    void wronglyPaddedDatesAreFound() throws Exception {
        byte[] document = asWord(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 01/KH-BTC.ĐACN", "Thủ Dầu Một, ngày 5 tháng 03 năm 2018", "Nơi nhận:", "- Lưu: VT."));

        assertThat(checker.check(document, FormatProfile.STATE, false)).extracting(Finding::messageKey)
                .containsExactly("formatCheck.datePadding");
    }

    @Test
    void theUnionsVanPhongFilesTheCopies() throws Exception {
        List<String> heading = List.of("BCH ĐOÀN TP THỦ DẦU MỘT", "***", "Số: 06-HD/TĐTN-TCKT", "ĐOÀN TNCS HỒ CHÍ MINH",
                "Thủ Dầu Một, ngày 12 tháng 3 năm 2018", "Nơi nhận:", "- Các cơ sở Đoàn;");

        List<String> stateLine = new ArrayList<>(heading);
        stateLine.add("- Lưu: VT, TCKT.");
        assertThat(checker.check(asWord(stateLine), FormatProfile.YOUTH_UNION, false)).extracting(Finding::messageKey)
                .containsExactly("formatCheck.unionFiledCopyLine");
        List<String> unionLine = new ArrayList<>(heading);
        unionLine.add("- Lưu VP, TCKT.");
        assertThat(checker.check(asWord(unionLine), FormatProfile.YOUTH_UNION, false)).isEmpty();
    }

    @Test
    void whatWasUploadedIsCalledAFileNotATemplate() {
        assertThatThrownBy(() -> checker.check("không phải Word".getBytes(StandardCharsets.UTF_8), FormatProfile.STATE, false))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("docx.error.notDocx");
                    assertThat(Translations.get(Translations.VIETNAMESE, refusal.messageKey())).startsWith("Tệp không phải")
                            .doesNotContain("mẫu");
                });
    }

    private static byte[] asWord(List<String> lines) throws Exception {
        WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
        lines.forEach(line -> word.getMainDocumentPart().getContent().add(WordBlocks.paragraph(null, line)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        word.save(bytes);
        return bytes.toByteArray();
    }
}
