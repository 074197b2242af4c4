package vn.boardflow.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/** Where one membership lets its holder act. */
class UnitReachTest {

    static final LocalDate DAY = LocalDate.of(2018, 1, 5);

    static OrgUnit unit(long id, Long parent, UnitType type) {
        return new OrgUnit(UnitId.of(id), type, "U" + id, "U" + id, null, UnitId.ofNullable(parent), DAY, DAY, null, null);
    }

    final OrgUnit city = unit(1, null, UnitType.CITY);
    final OrgUnit board = unit(2, 1L, UnitType.BOARD);
    final OrgUnit secretariat = unit(3, 2L, UnitType.SECRETARIAT);
    final OrgUnit office = unit(4, 2L, UnitType.OFFICE);
    final OrgUnit ward = unit(5, 2L, UnitType.WARD);
    final OrgUnit wardBoard = unit(6, 5L, UnitType.BOARD);
    final OrgChart chart = new OrgChart(DAY, List.of(city, board, secretariat, office, ward, wardBoard));

    @Test
    void aRoleReachesOnlyItsOwnUnit() {
        assertThat(UnitId.valuesOf(UnitAccessPolicy.reach(chart, wardBoard, Role.WARD_OFFICER))).containsExactly(6L);
        assertThat(UnitId.valuesOf(UnitAccessPolicy.reach(chart, board, Role.REVIEWER))).containsExactly(2L);
    }

    @Test
    void leadersReachEverythingBelow() {
        assertThat(UnitId.valuesOf(UnitAccessPolicy.reach(chart, board, Role.LEADER))).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aSecretariatWorksForTheBodyAboveItAndEverythingBelowThatBody() {
        assertThat(UnitId.valuesOf(UnitAccessPolicy.reach(chart, secretariat, Role.DRAFTER)))
                .containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void anOfficeWorksForTheBodyAboveItButNotBelow() {
        assertThat(UnitId.valuesOf(UnitAccessPolicy.reach(chart, office, Role.CLERK))).containsExactlyInAnyOrder(2L, 4L);
    }
}
