package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartTest {

    static final LocalDate DAY = LocalDate.of(2018, 1, 5);

    static OrgUnit unit(long id, Long parent, UnitType type, String name) {
        return new OrgUnit(UnitId.of(id), type, name, name, null, UnitId.ofNullable(parent), DAY, DAY, null, null);
    }

    final OrgChart chart = new OrgChart(DAY, List.of(
            unit(1, null, UnitType.PROVINCE, "Tỉnh"),
            unit(2, 1L, UnitType.CITY, "Thành phố"),
            unit(3, 2L, UnitType.BOARD, "Ban"),
            unit(4, 3L, UnitType.WARD, "Phường B"),
            unit(5, 3L, UnitType.WARD, "Phường A"),
            unit(6, 99L, UnitType.BOARD, "Mồ côi"),
            unit(7, 4L, UnitType.BOARD, "Ban phường B")));

    @Test
    void wardsBelowABodyInTreeOrderAndTheWardOfABoard() {
        assertThat(chart.below(UnitId.of(1), UnitType.WARD)).extracting(unit -> unit.id().value()).containsExactly(5L, 4L);
        assertThat(chart.below(UnitId.of(4), UnitType.WARD)).isEmpty();
        assertThat(chart.nearest(UnitId.of(7), UnitType.WARD)).map(unit -> unit.id().value()).contains(4L);
        assertThat(chart.nearest(UnitId.of(4), UnitType.WARD)).map(unit -> unit.id().value()).contains(4L);
        assertThat(chart.nearest(UnitId.of(3), UnitType.WARD)).isEmpty();
        assertThat(chart.child(UnitId.of(4), UnitType.BOARD)).map(unit -> unit.id().value()).contains(7L);
        assertThat(chart.child(UnitId.of(5), UnitType.BOARD)).isEmpty();
    }

    @Test
    void subtreeHoldsTheUnitAndEverythingBelow() {
        assertThat(UnitId.valuesOf(chart.subtree(UnitId.of(2)))).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 7L);
        assertThat(UnitId.valuesOf(chart.subtree(UnitId.of(4)))).containsExactlyInAnyOrder(4L, 7L);
        assertThat(UnitId.valuesOf(chart.subtree(UnitId.of(42)))).isEmpty();
    }

    @Test
    void ancestorsRunFromTheRootDown() {
        assertThat(chart.ancestors(UnitId.of(4))).extracting(unit -> unit.id().value()).containsExactly(1L, 2L, 3L);
        assertThat(chart.depth(UnitId.of(4))).isEqualTo(3);
        assertThat(chart.depth(UnitId.of(1))).isZero();
    }

    @Test
    void aUnitWhoseParentIsNotInTheChartIsARoot() {
        assertThat(chart.roots()).extracting(unit -> unit.id().value()).containsExactly(6L, 1L);
    }

    @Test
    void treeOrderPutsParentsBeforeChildrenAndSortsSiblingsByName() {
        assertThat(chart.inTreeOrder()).extracting(unit -> unit.id().value()).containsExactly(6L, 1L, 2L, 3L, 5L, 4L, 7L);
        assertThat(chart.nameOf(UnitId.of(5))).isEqualTo("Phường A");
        assertThat(chart.nameOf(null)).isEmpty();
    }
}
