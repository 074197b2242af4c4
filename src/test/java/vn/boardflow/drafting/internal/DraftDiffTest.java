package vn.boardflow.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.SigningForm;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.shared.ContentChanges;

/** A reviewer sees a table's changed row as a changed line, the table's header and other rows left out. */
class DraftDiffTest {

    static DraftContent plan(long anShare) {
        return new DraftContent(DocumentType.KE_HOACH, "Kế hoạch năm 2027", null, List.of(), null, List.of(
                new Part("I", "MỤC TIÊU CỤ THỂ."),
                new Table(List.of("STT", "Phường", "Chỉ tiêu 1\n(hội viên)"), List.of(
                        List.of("1", "Phường An", String.valueOf(anShare)),
                        List.of("2", "Phường Bình", "40"),
                        List.of("", "Tổng cộng", String.valueOf(anShare + 40))))),
                null, SigningForm.TM, "Phạm Quốc Bảo", List.of());
    }

    @Test
    void aWardsChangedShareIsItsRowAndTheTotalsRow() {
        assertThat(DraftDiff.between(plan(60), plan(65))).satisfiesExactly(row -> {
            assertThat(row.area()).isEqualTo(ContentChanges.LINES);
            assertThat(row.what()).isEqualTo("draft.field.body");
            assertThat(row.lines()).as("under part I and the table's header").isEqualTo("3");
            assertThat(row.before()).isEqualTo("1 | Phường An | 60");
            assertThat(row.after()).isEqualTo("1 | Phường An | 65");
        }, total -> {
            assertThat(total.lines()).isEqualTo("5");
            assertThat(total.after()).isEqualTo(" | Tổng cộng | 105");
        });
        assertThat(DraftDiff.between(plan(60), plan(60))).isEmpty();
    }
}
