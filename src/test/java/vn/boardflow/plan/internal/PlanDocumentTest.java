package vn.boardflow.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.Recipient;
import vn.boardflow.document.SigningForm;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanContent;

/** The wards' table leaves out what the city set no target for and heads each column short enough to read. */
class PlanDocumentTest {

    final List<Ward> wards = List.of(new Ward(UnitId.of(11), "Phường An"), new Ward(UnitId.of(12), "Phường Bình"));

    @Test
    void theWardTableHasAColumnPerTargetTheCitySetHeadedByItsNumberAndUnit() {
        PlanContent content = new PlanContent("Đề án", "Kế hoạch năm 2019", List.of(), "", List.of(), List.of(
                new TargetLine(1, "Chi đoàn, chi hội được duy trì, nâng cao chất lượng sinh hoạt", "chi đoàn, chi hội",
                        true, 30, Map.of(11L, 20L, 12L, 10L)),
                new TargetLine(2, "Tập huấn kỹ năng cho cán bộ Đề án", "lớp", false, 1, Map.of()),
                new TargetLine(3, "Chi đoàn thanh niên xa quê thành lập mới", "chi đoàn", true, 0, Map.of()),
                new TargetLine(4, "Hội viên phát triển mới", "hội viên", true, 850, Map.of(11L, 425L, 12L, 425L))),
                List.of(), List.of(), "", SigningForm.TM, "Phạm Quốc Bảo", List.of(Recipient.outside("Ban Chỉ đạo")));

        List<Table> tables = PlanDocument.blocks(2019, content, wards).stream()
                .filter(Table.class::isInstance).map(Table.class::cast).toList();

        assertThat(tables.getFirst().rows()).as("the city's table lists every target").hasSize(4);
        Table shares = tables.get(1);
        assertThat(shares.headers()).containsExactly("STT", "Phường", "Chỉ tiêu 1\n(chi đoàn, chi hội)",
                "Chỉ tiêu 4\n(hội viên)");
        assertThat(shares.rows()).containsExactly(List.of("1", "Phường An", "20", "425"),
                List.of("2", "Phường Bình", "10", "425"), List.of("", "Tổng cộng", "30", "850"));
    }
}
