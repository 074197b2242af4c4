package vn.boardflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.Test;
import vn.boardflow.Samples;
import vn.boardflow.document.BodyText;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.Seed004Plan;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.UnitId;

class WordDocumentRendererTest {

    static final Path EXPECTED = Path.of("src/test/resources/seed-004/plan-2018-expected.txt");
    static final Path SEED = Path.of("src/test/resources/seed-004/seed-004.txt");

    final WordDocumentRenderer renderer = new WordDocumentRenderer();

    private byte[] render(DocumentContent content) {
        return renderer.render(TemplateLibrary.shipped(content.type()), content);
    }

    @Test
    void tableColumnsShareTheWidthByWhatTheyHold() {
        Table allocation = new Table(List.of("STT", "Phường", "Hội viên phát triển mới (hội viên)"), List.of(
                List.of("1", "Phường Tương Bình Hiệp", "60"), List.of("2", "Phường Phú Cường", "70")));
        int[] widths = WordTables.columnWidths(allocation, 9000);
        assertThat(IntStream.of(widths).sum()).isEqualTo(9000);
        assertThat(widths[0]).as("numbers under STT").isLessThan(widths[2]);
        assertThat(widths[2]).as("short figures under a long header").isLessThan(widths[1]);
    }

    @Test
    void theSeed004PlanRendersLineForLineWithItsSlipsCorrected() throws Exception {
        byte[] docx = render(Seed004Plan.content("01/KH-BTC.ĐACN"));
        Samples.write("01-KH-BTC.DACN-2018.docx", docx);

        List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty()).toList();
        assertThat(DocxText.lines(docx)).containsExactlyElementsOf(expected);
    }

    /** The expected text is the seed's, but for the slips documents.md lists and what the seed's copy lost. */
    @Test
    void theExpectedTextDiffersFromTheSeedOnlyWhereTheFormatRulesSaySo() throws Exception {
        List<String> seed = nonEmpty(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        List<String> expected = nonEmpty(Files.readAllLines(EXPECTED, StandardCharsets.UTF_8));

        List<String> onlyInSeed = new ArrayList<>(seed);
        onlyInSeed.removeAll(expected);
        List<String> onlyExpected = new ArrayList<>(expected);
        onlyExpected.removeAll(seed);

        assertThat(onlyInSeed).containsExactly(
                "***",
                "Số: 01 /KH-BTC.ĐACN",
                "Độc lập – Tự do – Hạnh phúc",
                "Căn cứ quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương về việc phê duyệt "
                        + "Đề án “Đoàn kết, tập hợp thanh niên công nhân” tỉnh Bình Dương giai đoạn 2016 – 2020;",
                "- Lưu VP Thành đoàn, Tổ Thư ký Đề án Tp.");
        assertThat(onlyExpected).containsExactly(
                "Số: 01/KH-BTC.ĐACN",
                "Độc lập - Tự do - Hạnh phúc",
                "Thủ Dầu Một, ngày 05 tháng 01 năm 2018",
                "Căn cứ quyết định số 1431/QĐ-UBND ngày 01/6/2016 của Ủy ban nhân dân tỉnh Bình Dương về việc phê duyệt "
                        + "Đề án “Đoàn kết, tập hợp thanh niên công nhân” tỉnh Bình Dương giai đoạn 2016 – 2020.",
                "- Lưu: VT, Tổ Thư ký Đề án Tp.",
                "TM. BAN TỔ CHỨC",
                "TRƯỞNG BAN",
                "Phạm Quốc Bảo");
    }

    @Test
    void thePageIsA4WithTheMarginsAndTheFontOfNghiDinh30() throws Exception {
        WordprocessingMLPackage word = DocxText.open(render(Seed004Plan.content("01/KH-BTC.ĐACN")));
        SectPr section = word.getMainDocumentPart().getJaxbElement().getBody().getSectPr();

        assertThat(section.getPgSz().getW().intValue()).isEqualTo(11906);
        assertThat(section.getPgSz().getH().intValue()).isEqualTo(16838);
        assertThat(section.getPgMar().getTop().intValue()).isBetween(1134, 1417);
        assertThat(section.getPgMar().getBottom().intValue()).isBetween(1134, 1417);
        assertThat(section.getPgMar().getLeft().intValue()).isBetween(1701, 1984);
        assertThat(section.getPgMar().getRight().intValue()).isBetween(850, 1134);
        assertThat(section.getTitlePg().isVal()).as("no page number on page 1").isTrue();
        var header = word.getDocumentModel().getSections().getFirst().getHeaderFooterPolicy().getDefaultHeader();
        assertThat(XmlUtils.marshaltoString(header.getJaxbElement())).as("page number field").contains(" PAGE ");

        var defaults = word.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                .getRPrDefault().getRPr();
        assertThat(defaults.getRFonts().getAscii()).isEqualTo("Times New Roman");
        assertThat(defaults.getSz().getVal().intValue()).isEqualTo(28);
        Style motto = style(word, "BFMotto");
        assertThat(motto.getRPr().getB()).isNotNull();
        assertThat(motto.getPPr().getPBdr().getBottom()).as("line under the motto").isNotNull();
        assertThat(style(word, "BFPlaceDate").getRPr().getI()).as("date line in italics").isNotNull();
        assertThat(style(word, "BFRecipient").getRPr().getSz().getVal().intValue()).isEqualTo(22);
        assertThat(style(word, "BFRecipientsLabel").getRPr().getSz().getVal().intValue()).isEqualTo(24);
    }

    private static Style style(WordprocessingMLPackage word, String id) {
        return word.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(id);
    }

    @Test
    void aDraftLeavesTheNumberToTheClerk() throws Exception {
        assertThat(DocxText.lines(render(Seed004Plan.content(null)))).contains("Số: /KH-BTC.ĐACN");
    }

    @Test
    void aYouthUnionDocumentHasTheUnionsHeadingAndSymbol() throws Exception {
        IssuingBodyView union = new IssuingBodyView(IssuingBodyId.of(2), UnitId.of(2), FormatProfile.YOUTH_UNION, "ĐOÀN TNCS HỒ CHÍ MINH TỈNH BÌNH DƯƠNG",
                "BCH ĐOÀN TP THỦ DẦU MỘT", "TĐTN", "Thủ Dầu Một", NumberingScheme.PER_TYPE,
                List.of(new SigningAuthority(SigningForm.TM, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ")), 0);
        DocumentContent guidance = new DocumentContent(union, DocumentType.HUONG_DAN, "06-HD/TĐTN-TCKT", "TCKT",
                LocalDate.of(2018, 3, 12), "Hướng dẫn tổ chức sinh hoạt chi đoàn nhà trọ", null, List.of(), null,
                List.of(new Bullet("Nội dung hướng dẫn.")), null, union.signingAuthorities().getFirst(), "Lê Văn Năm",
                List.of("Các cơ sở Đoàn", "Lưu: VP"));
        byte[] docx = render(guidance);
        Samples.write("06-HD-TDTN-TCKT-2018.docx", docx);

        assertThat(DocxText.lines(docx)).startsWith("ĐOÀN TNCS HỒ CHÍ MINH TỈNH BÌNH DƯƠNG", "BCH ĐOÀN TP THỦ DẦU MỘT",
                "***", "Số: 06-HD/TĐTN-TCKT", "ĐOÀN TNCS HỒ CHÍ MINH", "Thủ Dầu Một, ngày 12 tháng 3 năm 2018",
                "HƯỚNG DẪN");
    }

    @Test
    void aCongVanHasItsSubjectUnderTheNumberAndAnAddresseeButNoTypeName() throws Exception {
        DocumentContent letter = new DocumentContent(Seed004Plan.CITY_BOARD, DocumentType.CONG_VAN, "12/BTC.ĐACN-TTK",
                "TTK", LocalDate.of(2018, 11, 2), "báo cáo kết quả khảo sát đợt 2", "BTC Đề án các phường", List.of(),
                null, List.of(new DocumentContent.Paragraph("Đề nghị các phường gửi kết quả trước ngày 15/11/2018.")),
                null, Seed004Plan.CITY_BOARD.signingAuthorities().get(1), "Lê Minh Tuấn",
                List.of("Như trên", "Lưu: VT, TTK"));
        byte[] docx = render(letter);
        Samples.write("12-BTC.DACN-TTK-2018.docx", docx);

        List<String> lines = DocxText.lines(docx);
        assertThat(lines).contains("Số: 12/BTC.ĐACN-TTK", "V/v báo cáo kết quả khảo sát đợt 2",
                "Kính gửi: BTC Đề án các phường", "- Như trên;", "- Lưu: VT, TTK.", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(lines).doesNotContain("CÔNG VĂN");
    }

    @Test
    void vietnameseTextAmpersandsAngleBracketsQuotesAndLongTablesSurvive() throws Exception {
        List<List<String>> rows = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> List.of(String.valueOf(i), "Phường Tương Bình Hiệp & <Chánh Mỹ> \"" + i + "\"", "850"))
                .toList();
        DocumentContent report = new DocumentContent(Seed004Plan.CITY_BOARD, DocumentType.BAO_CAO, "15/BC-BTC.ĐACN", null,
                LocalDate.of(2018, 12, 20), "Kết quả thực hiện Đề án năm 2018 & phương hướng \"2019\" <dự thảo>",
                "Ban Chỉ đạo Đề án tỉnh", List.of(), null,
                List.of(new Table(List.of("STT", "Đơn vị", "Chỉ tiêu"), rows)), null,
                Seed004Plan.CITY_BOARD.signingAuthorities().getFirst(), "Phạm Quốc Bảo", List.of("Như trên", "Lưu: VT"));
        byte[] docx = render(report);
        Samples.write("15-BC-BTC.DACN-2018.docx", docx);

        List<String> lines = DocxText.lines(docx);
        assertThat(lines).contains("Kết quả thực hiện Đề án năm 2018 & phương hướng \"2019\" <dự thảo>",
                "Phường Tương Bình Hiệp & <Chánh Mỹ> \"300\"", "Kính gửi: Ban Chỉ đạo Đề án tỉnh");
        assertThat(lines.stream().filter(line -> line.startsWith("Phường Tương Bình Hiệp"))).hasSize(300);
    }

    @Test
    void everyTemplateRendersASampleThatOpensAgain() throws Exception {
        for (DocumentType type : TemplateLibrary.DEFAULT_TYPES) {
            DocumentContent content = new DocumentContent(Seed004Plan.CITY_BOARD, type, null, "TTK",
                    LocalDate.of(2018, 2, 1), "Mẫu " + type.name(), type == DocumentType.TO_TRINH ? "Ban Chỉ đạo" : null,
                    List.of("Căn cứ Kế hoạch số 01/KH-BTC.ĐACN"), null, List.of(new Bullet("Nội dung.")), null,
                    Seed004Plan.CITY_BOARD.signingAuthorities().getFirst(), "Phạm Quốc Bảo", List.of("Lưu: VT"));
            byte[] docx = render(content);
            Samples.write("mau-" + TemplateLibrary.fileName(type), docx);
            assertThat(DocxText.lines(docx)).contains("Thủ Dầu Một, ngày 01 tháng 02 năm 2018", "- Lưu: VT.");
        }
    }

    @Test
    void aDecisionReadsAsADecision() throws Exception {
        DocumentContent decision = new DocumentContent(Seed004Plan.CITY_BOARD, DocumentType.QUYET_DINH, "05/QĐ-BTC.ĐACN",
                "TTK", LocalDate.of(2018, 6, 1), "Về việc thành lập Đoàn kiểm tra 6 tháng đầu năm 2018", null,
                List.of("Căn cứ Kế hoạch số 01/KH-BTC.ĐACN ngày 05/01/2018 của Ban Tổ chức Đề án Thành phố"), null,
                BodyText.parse("""
                        QUYẾT ĐỊNH:
                        Điều 1. Thành lập Đoàn kiểm tra việc thực hiện Đề án 6 tháng đầu năm 2018.
                        Điều 2. Quyết định có hiệu lực kể từ ngày ký."""), null,
                Seed004Plan.CITY_BOARD.signingAuthorities().getFirst(), "Phạm Quốc Bảo", List.of("Như Điều 2", "Lưu: VT, TTK"));
        byte[] docx = render(decision);
        Samples.write("05-QD-BTC.DACN-2018.docx", docx);
        WordprocessingMLPackage word = DocxText.open(docx);

        P enacting = paragraph(word, "QUYẾT ĐỊNH:");
        assertThat(enacting.getPPr().getJc().getVal()).isEqualTo(JcEnumeration.CENTER);
        assertThat(runs(enacting)).singleElement().satisfies(run -> assertThat(run.getRPr().getB()).isNotNull());
        P article = paragraph(word, "Điều 1.");
        List<R> runs = runs(article);
        assertThat(TextUtils.getText(runs.getFirst())).isEqualTo("Điều 1.");
        assertThat(runs.getFirst().getRPr().getB()).isNotNull();
        assertThat(TextUtils.getText(runs.get(1))).isEqualTo(" Thành lập Đoàn kiểm tra việc thực hiện Đề án 6 tháng đầu năm 2018.");
        assertThat(runs.get(1).getRPr()).isNull();
    }

    @Test
    void annexesFollowOnPagesOfTheirOwnTiedToTheDocumentsNumberAndDate() throws Exception {
        DocumentContent decision = new DocumentContent(Seed004Plan.CITY_BOARD, DocumentType.QUYET_DINH, "07/QĐ-BTC.ĐACN",
                "TTK", LocalDate.of(2018, 2, 3), "Về việc ban hành Chương trình hoạt động năm 2018", null, List.of(),
                null, BodyText.parse("""
                        QUYẾT ĐỊNH:
                        Điều 1. Ban hành kèm theo Quyết định này Chương trình hoạt động năm 2018."""), null,
                Seed004Plan.CITY_BOARD.signingAuthorities().getFirst(), "Phạm Quốc Bảo", List.of("Lưu: VT, TTK"), null,
                List.of(new Annex("Chương trình", "hoạt động năm 2018", BodyText.parse("I. MỤC ĐÍCH, YÊU CẦU\n1. Tập hợp thanh niên.")),
                        new Annex(null, "Danh sách thành viên", List.of(new Table(List.of("STT", "Họ và tên"),
                                List.of(List.of("1", "Nguyễn Văn A"))))),
                        new Annex("phụ lục", "Lịch kiểm tra", BodyText.parse("- Tháng 6: 5 phường."))));
        byte[] docx = render(decision);
        Samples.write("07-QD-BTC.DACN-2018-kem-chuong-trinh.docx", docx);

        List<String> lines = nonEmpty(DocxText.lines(docx));
        String tie = "ngày 03 tháng 02 năm 2018 của " + Seed004Plan.CITY_BOARD.name() + ")";
        assertThat(lines).containsSubsequence("Điều 1. Ban hành kèm theo Quyết định này Chương trình hoạt động năm 2018.",
                "CHƯƠNG TRÌNH", "HOẠT ĐỘNG NĂM 2018", "(Ban hành kèm theo Quyết định số 07/QĐ-BTC.ĐACN " + tie,
                "I. MỤC ĐÍCH, YÊU CẦU", "PHỤ LỤC I", "DANH SÁCH THÀNH VIÊN",
                "(Kèm theo Quyết định số 07/QĐ-BTC.ĐACN " + tie, "PHỤ LỤC II", "LỊCH KIỂM TRA");
        P programme = paragraph(DocxText.open(docx), "CHƯƠNG TRÌNH");
        assertThat(programme.getPPr().getPageBreakBefore()).as("paged on its own").isNotNull();
        assertThat(programme.getPPr().getJc().getVal()).isEqualTo(JcEnumeration.CENTER);

        DocumentContent draft = new DocumentContent(decision.body(), decision.type(), null, "TTK", decision.date(),
                decision.summary(), null, List.of(), null, decision.blocks(), null, decision.authority(),
                decision.signerName(), decision.recipients(), null, decision.annexes());
        assertThat(nonEmpty(DocxText.lines(render(draft)))).as("a draft's number place stays empty")
                .contains("(Ban hành kèm theo Quyết định số /QĐ-BTC.ĐACN " + tie);
    }

    @Test
    void aBodyWithoutAParentLineHeadsItsDocumentsWithItsNameOnTwoBoldLines() throws Exception {
        IssuingBodyView province = new IssuingBodyView(IssuingBodyId.of(3), UnitId.of(3), FormatProfile.STATE, "", "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH",
                "UBND", "Bắc Ninh", NumberingScheme.PER_TYPE,
                List.of(new SigningAuthority(SigningForm.TM, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")), 0);
        DocumentContent decision = new DocumentContent(province, DocumentType.QUYET_DINH, "33/QĐ-UBND", null,
                LocalDate.of(2022, 1, 12), "Phê duyệt Đề án", null, List.of(), null, List.of(new Bullet("Nội dung.")),
                null, province.signingAuthorities().getFirst(), "Nguyễn Văn A", List.of("Lưu: VT"));
        byte[] docx = render(decision);
        Samples.write("33-QD-UBND-2022.docx", docx);

        assertThat(DocxText.lines(docx)).as("no empty parent line above the name")
                .startsWith("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 33/QĐ-UBND");
        P name = paragraph(DocxText.open(docx), "ỦY BAN NHÂN DÂN");
        assertThat(name.getPPr().getPStyle().getVal()).as("the bold heading style, for both lines").isEqualTo("BFHeadingBold");
        assertThat(name.getContent()).hasSize(1);
        assertThat(((R) name.getContent().getFirst()).getContent()).anyMatch(part -> XmlUtils.unwrap(part) instanceof Br);
    }

    /** The first paragraph, tables' cells included, whose text starts so. */
    private static P paragraph(WordprocessingMLPackage word, String start) throws Exception {
        return word.getMainDocumentPart().getJAXBNodesViaXPath("//w:p", false).stream().map(XmlUtils::unwrap)
                .filter(P.class::isInstance).map(P.class::cast)
                .filter(paragraph -> TextUtils.getText(paragraph).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
    }

    private static List<R> runs(P paragraph) {
        return paragraph.getContent().stream().map(XmlUtils::unwrap).filter(R.class::isInstance).map(R.class::cast).toList();
    }

    private static List<String> nonEmpty(List<String> lines) {
        return lines.stream().map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty()).toList();
    }
}
