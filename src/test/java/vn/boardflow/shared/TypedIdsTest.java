package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.Recipient;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.PlanId;

/** Typed ids refuse numbers no record has, and are stored as the bare numbers stored before they were typed. */
class TypedIdsTest {

    @Test
    void anIdIsPositiveAndARoutesNumberMayNameNothing() {
        assertThatThrownBy(() -> UnitId.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanId.of(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlanId.from(0)).isEmpty();
        assertThat(PlanId.from(7)).contains(PlanId.of(7));
        assertThat(UnitId.ofNullable(null)).isNull();
        assertThat(UnitId.valueOf(UnitId.of(5))).isEqualTo(5L);
        assertThat("plans/" + PlanId.of(7)).isEqualTo("plans/7");
    }

    @Test
    void valuesStoredBeforeIdsWereTypedReadBackAndAreWrittenTheSameWay() {
        String visit = "{\"wardId\":12,\"team\":\"Đoàn 1\",\"date\":\"2026-06-10\",\"mode\":\"ON_SITE\"}";
        Visit read = StoredJson.read(visit, Visit.class);
        assertThat(read).isEqualTo(new Visit(UnitId.of(12), "Đoàn 1", LocalDate.of(2026, 6, 10), InspectionMode.ON_SITE));
        assertThat(StoredJson.write(read)).isEqualTo(visit);

        String recipient = "{\"unitId\":5,\"label\":\"BTC Đề án phường Phú Cường\"}";
        assertThat(StoredJson.read(recipient, Recipient.class).unitId()).isEqualTo(UnitId.of(5));
        assertThat(StoredJson.write(StoredJson.read(recipient, Recipient.class))).contains("\"unitId\":5");
        assertThat(StoredJson.read("{\"unitId\":null,\"label\":\"Lưu VT\"}", Recipient.class).isUnit()).isFalse();
    }
}
