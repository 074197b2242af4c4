package vn.boardflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.boardflow.Refusals.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void periodsSpanTheirMonthsAndNameThemselvesAsDocumentsDo() {
        ReportPeriod march = ReportPeriod.month(2018, 3);
        assertThat(march.start()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(march.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(march.label()).isEqualTo("tháng 3/2018");
        ReportPeriod second = new ReportPeriod(PeriodType.QUARTER, 2018, 2);
        assertThat(second.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(second.end()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(second.label()).isEqualTo("quý II/2018");
        assertThat(new ReportPeriod(PeriodType.HALF_YEAR, 2018, 1).label()).isEqualTo("6 tháng đầu năm 2018");
        assertThat(new ReportPeriod(PeriodType.HALF_YEAR, 2018, 2).end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(new ReportPeriod(PeriodType.YEAR, 2018, 1).label()).isEqualTo("năm 2018");
        assertThat(ReportPeriod.containing(PeriodType.QUARTER, LocalDate.of(2018, 11, 30)))
                .isEqualTo(new ReportPeriod(PeriodType.QUARTER, 2018, 4));
    }

    @Test
    void theYearEndsAndStartsAgain() {
        assertThat(ReportPeriod.month(2018, 12).next()).isEqualTo(ReportPeriod.month(2019, 1));
        assertThat(ReportPeriod.month(2019, 1).previous()).isEqualTo(ReportPeriod.month(2018, 12));
        assertThat(ReportPeriod.month(2019, 1).firstOfYear()).isTrue();
        assertThat(new ReportPeriod(PeriodType.QUARTER, 2018, 4).next()).isEqualTo(new ReportPeriod(PeriodType.QUARTER, 2019, 1));
        assertThat(ReportPeriod.month(2018, 2)).isLessThan(ReportPeriod.month(2018, 3));
        assertThatThrownBy(() -> ReportPeriod.month(2018, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(PeriodType.QUARTER, 2018, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDueDayBeyondTheMonthIsItsLastDay() {
        ReportSchedule thirtieth = new ReportSchedule(PeriodType.MONTH, 30, false, 0, 5);
        assertThat(thirtieth.dueOn(ReportPeriod.month(2018, 2))).isEqualTo(LocalDate.of(2018, 2, 28));
        assertThat(thirtieth.dueOn(ReportPeriod.month(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(thirtieth.dueOn(ReportPeriod.month(2018, 4))).isEqualTo(LocalDate.of(2018, 4, 30));
    }

    @Test
    void theFifthOfTheNextMonthCrossesTheYear() {
        ReportSchedule fifth = new ReportSchedule(PeriodType.MONTH, 5, true, 2, 10);
        assertThat(fifth.dueOn(ReportPeriod.month(2018, 12))).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(fifth.onTimeUntil(ReportPeriod.month(2018, 12))).isEqualTo(LocalDate.of(2019, 1, 7));
        assertThat(fifth.onTime(ReportPeriod.month(2018, 12), LocalDate.of(2019, 1, 7))).isTrue();
        assertThat(fifth.onTime(ReportPeriod.month(2018, 12), LocalDate.of(2019, 1, 8))).isFalse();
        assertThat(fifth.locksOn(ReportPeriod.month(2018, 12))).isEqualTo(LocalDate.of(2019, 1, 16));
        assertThat(fifth.locked(ReportPeriod.month(2018, 12), LocalDate.of(2019, 1, 15))).isFalse();
        assertThat(fifth.locked(ReportPeriod.month(2018, 12), LocalDate.of(2019, 1, 16))).isTrue();
        ReportSchedule quarterly = new ReportSchedule(PeriodType.QUARTER, 10, true, 0, 0);
        assertThat(quarterly.dueOn(new ReportPeriod(PeriodType.QUARTER, 2018, 1))).isEqualTo(LocalDate.of(2018, 4, 10));
    }

    @Test
    void aScheduleLocksNoSoonerThanItsGraceEnds() {
        assertThat(refusal(() -> new ReportSchedule(PeriodType.MONTH, 25, false, 5, 3))).isEqualTo("report.error.schedule");
        assertThat(refusal(() -> new ReportSchedule(PeriodType.MONTH, 0, false, 0, 3))).isEqualTo("report.error.schedule");
    }
}
