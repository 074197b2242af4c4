package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Point;
import vn.boardflow.document.DocumentContent.Section;

class BodyTextTest {

    @Test
    void readsPartsSectionsPointsDashesAndParagraphs() {
        assertThat(BodyText.parse("""
                I. MỤC TIÊU CỤ THỂ.
                - Duy trì 295 chi đoàn, chi hội.

                II. NỘI DUNG, BIỆN PHÁP THỰC HIỆN:
                1. Hỗ trợ, duy trì và phát triển các chi đoàn:
                a) Tại khu nhà trọ;
                Đoạn văn thường.
                """)).containsExactly(
                new Part("I", "MỤC TIÊU CỤ THỂ."),
                new Bullet("Duy trì 295 chi đoàn, chi hội."),
                new Part("II", "NỘI DUNG, BIỆN PHÁP THỰC HIỆN:"),
                new Section("1", "Hỗ trợ, duy trì và phát triển các chi đoàn:"),
                new Point("a", "Tại khu nhà trọ;"),
                new Paragraph("Đoạn văn thường."));
        assertThat(BodyText.parse(null)).isEmpty();
    }

    @Test
    void writesBlocksBackAsTheyAreTypedSoTheEditorShowsWhatWasSaved() {
        String typed = """
                Theo đề nghị của Tổ Thư ký,
                QUYẾT ĐỊNH:
                Điều 1. Kiện toàn Ban Tổ chức.
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                a) Nâng cao chất lượng sinh hoạt
                - Chi hội nhà trọ""";
        assertThat(BodyText.write(BodyText.parse(typed))).isEqualTo(typed);
        assertThat(BodyText.parse(BodyText.write(BodyText.parse(typed)))).isEqualTo(BodyText.parse(typed));
    }
}
