package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Picture;
import vn.boardflow.document.DocumentContent.Point;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.DocumentContent.Table;

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

    @Test
    void keepsTheTablesAndPicturesShownWhereTheirMarkersStand() {
        Table totals = new Table(List.of("TT", "Chỉ tiêu"), List.of(List.of("1", "Chi hội thành lập mới")));
        Table units = new Table(List.of("TT", "Đơn vị"), List.of(List.of("1", "Phường Phú Cường")));
        Picture chart = new Picture("Biểu đồ lũy kế", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        List<Block> shown = List.of(new Part("I", "KẾT QUẢ"), totals, chart, new Paragraph("Đánh giá chung."), units);
        String written = BodyText.write(shown);
        assertThat(written).isEqualTo("I. KẾT QUẢ\n[Bảng 1]\n[Hình 1: Biểu đồ lũy kế]\nĐánh giá chung.\n[Bảng 2]");
        assertThat(BodyText.parse(written, shown)).as("saved unchanged").isEqualTo(shown);

        String edited = "I. KẾT QUẢ\n[Bảng 2]\nĐánh giá chung, đã sửa.\n[Bảng 1]\n[Bảng 7]";
        assertThat(BodyText.parse(edited, shown)).as("moved, the picture's line deleted, a marker without a table")
                .containsExactly(new Part("I", "KẾT QUẢ"), units, new Paragraph("Đánh giá chung, đã sửa."), totals,
                        new Paragraph("[Bảng 7]"));
        assertThat(BodyText.parse(written)).as("nothing shown: markers are text").hasSize(5)
                .allMatch(block -> !(block instanceof Table));
    }

    @Test
    void refusesAPictureThatIsNotAPng() {
        assertThatThrownBy(() -> new Picture("Ảnh", new byte[] {'G', 'I', 'F', '8'}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
