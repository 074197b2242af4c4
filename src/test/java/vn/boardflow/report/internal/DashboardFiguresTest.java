package vn.boardflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitName;
import vn.boardflow.report.ReportDashboards.UnitProgress;
import vn.boardflow.report.ReportStatus;

/** A year's figures added up for the dashboard: sums and levels, the pace at the latest period, the rates. */
class DashboardFiguresTest {

    static final FormField MEMBERS = FormField.target(1, "Hội viên phát triển mới", "người", Tally.SUM);
    static final FormField MAINTAINED = FormField.target(2, "Chi hội duy trì", "chi hội", Tally.LEVEL);
    static final UnitName A = new UnitName(UnitId.of(11), "Phường A");
    static final UnitName B = new UnitName(UnitId.of(12), "Phường B");
    static final UnitName C = new UnitName(UnitId.of(13), "Phường C");

    /** Three quarters reported of a quarterly form: A ahead, B behind, C without a target of its own. */
    final DashboardFigures figures = new DashboardFigures(PeriodType.QUARTER, 2025, List.of(A, B, C),
            Map.of(MEMBERS.key(), 400L, MAINTAINED.key(), 30L),
            Map.of(A.unitId(), Map.of(MEMBERS.key(), 200L, MAINTAINED.key(), 10L),
                    B.unitId(), Map.of(MEMBERS.key(), 200L, MAINTAINED.key(), 20L)),
            List.of(value(A, 1, MEMBERS, 60), value(A, 2, MEMBERS, 50), value(A, 3, MEMBERS, 55),
                    value(B, 1, MEMBERS, 20), value(B, 3, MEMBERS, 30),
                    value(C, 2, MEMBERS, 7),
                    value(A, 1, MAINTAINED, 9), value(A, 3, MAINTAINED, 11),
                    value(B, 1, MAINTAINED, 18), value(B, 2, MAINTAINED, 16)),
            List.of(state(A, 1, ReportStatus.ACCEPTED, true), state(B, 1, ReportStatus.ACCEPTED, false),
                    state(C, 1, ReportStatus.DRAFT, null), state(A, 2, ReportStatus.SUBMITTED, true)),
            3);

    @Test
    void aSumRunsThroughTheYearAndALevelCountsEachUnitsLatest() {
        assertThat(figures.reportedPeriods()).isEqualTo(3);
        assertThat(figures.progress(MEMBERS).actual()).isEqualTo(165 + 50 + 7);
        assertThat(figures.progress(MAINTAINED).actual()).as("A's third quarter, B's second").isEqualTo(11 + 16);
        List<PeriodProgress> quarters = figures.periods(MAINTAINED);
        assertThat(quarters).extracting(PeriodProgress::cumulative).containsExactly(27L, 25L, 27L, 27L);
        assertThat(quarters).extracting(PeriodProgress::value).containsExactly(27L, 16L, 11L, null);
    }

    @Test
    void thePaceIsTheStraightLineToTheTargetAtTheLatestPeriodReported() {
        assertThat(figures.periods(MEMBERS)).extracting(PeriodProgress::expected)
                .containsExactly(100L, 200L, 300L, 400L);
        assertThat(figures.progress(MEMBERS).behindPace()).as("222 of the 300 due by the third quarter").isTrue();
        assertThat(figures.progress(MEMBERS).percent()).isEqualTo(55);
        assertThat(figures.progress(MAINTAINED).behindPace()).as("27 of 22.5").isFalse();
    }

    @Test
    void unitsAreRankedByPercentReachedThoseWithoutATargetLast() {
        List<UnitProgress> units = figures.units(MEMBERS);
        assertThat(units).extracting(UnitProgress::name).containsExactly("Phường A", "Phường B", "Phường C");
        assertThat(units).extracting(UnitProgress::percent).containsExactly(82, 25, null);
        assertThat(units).extracting(UnitProgress::behindPace).containsExactly(false, true, false);
    }

    @Test
    void completenessAndTimelinessCountAcceptedAndOnTimeAgainstEveryUnitDue() {
        List<PeriodRates> rates = figures.rates();
        assertThat(rates).hasSize(3);
        assertThat(rates.getFirst().completeness()).isEqualTo(66);
        assertThat(rates.getFirst().timeliness()).isEqualTo(33);
        assertThat(rates.get(1).accepted()).as("sent, not yet accepted").isZero();
        assertThat(rates.get(1).onTime()).isEqualTo(1);
        assertThat(rates.get(2).expected()).as("a period due with no report at all").isEqualTo(3);
        assertThat(rates.get(2).completeness()).isZero();
    }

    private static UnitPeriodValue value(UnitName unit, int period, FormField field, long amount) {
        return new UnitPeriodValue(unit.unitId().value(), period, field.key(), amount);
    }

    private static UnitPeriodState state(UnitName unit, int period, ReportStatus status, Boolean onTime) {
        return new UnitPeriodState(unit.unitId().value(), period, status, onTime);
    }
}
