package vn.boardflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgChartTest {

    static final LocalDate DAY = LocalDate.of(2018, 1, 5);

    static OrgUnit unit(long id, Long parent, UnitType type, String name) {
        return new OrgUnit(id, type, name, name, null, parent, DAY, DAY, null, null);
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
        assertThat(chart.below(1, UnitType.WARD)).extracting(OrgUnit::id).containsExactly(5L, 4L);
        assertThat(chart.below(4, UnitType.WARD)).isEmpty();
        assertThat(chart.nearest(7, UnitType.WARD)).map(OrgUnit::id).contains(4L);
        assertThat(chart.nearest(4, UnitType.WARD)).map(OrgUnit::id).contains(4L);
        assertThat(chart.nearest(3, UnitType.WARD)).isEmpty();
        assertThat(chart.child(4, UnitType.BOARD)).map(OrgUnit::id).contains(7L);
        assertThat(chart.child(5, UnitType.BOARD)).isEmpty();
    }

    @Test
    void subtreeHoldsTheUnitAndEverythingBelow() {
        assertThat(chart.subtree(2)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 7L);
        assertThat(chart.subtree(4)).containsExactlyInAnyOrder(4L, 7L);
        assertThat(chart.subtree(42)).isEmpty();
    }

    @Test
    void ancestorsRunFromTheRootDown() {
        assertThat(chart.ancestors(4)).extracting(OrgUnit::id).containsExactly(1L, 2L, 3L);
        assertThat(chart.depth(4)).isEqualTo(3);
        assertThat(chart.depth(1)).isZero();
    }

    @Test
    void aUnitWhoseParentIsNotInTheChartIsARoot() {
        assertThat(chart.roots()).extracting(OrgUnit::id).containsExactly(6L, 1L);
    }

    @Test
    void treeOrderPutsParentsBeforeChildrenAndSortsSiblingsByName() {
        assertThat(chart.inTreeOrder()).extracting(OrgUnit::id).containsExactly(6L, 1L, 2L, 3L, 5L, 4L, 7L);
        assertThat(chart.nameOf(5L)).isEqualTo("Phường A");
        assertThat(chart.nameOf(null)).isEmpty();
    }
}
