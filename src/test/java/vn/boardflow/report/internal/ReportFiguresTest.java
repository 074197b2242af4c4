package vn.boardflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boardflow.report.FormField;
import vn.boardflow.report.FormField.Tally;
import vn.boardflow.report.UnitReports.Figure;
import vn.boardflow.report.UnitReports.Finding;
import vn.boardflow.report.UnitReports.ReportEntry;

class ReportFiguresTest {

    static final FormField NEW_MEMBERS = FormField.target(7, "Phát triển mới hội viên", "hội viên", Tally.SUM);
    static final FormField MAINTAINED = FormField.target(3, "Duy trì chi đoàn, chi hội", "chi hội", Tally.LEVEL);
    static final FormField ACTIVITIES = FormField.figure("hoat-dong", "Số hoạt động tổ chức", "hoạt động", Tally.SUM);
    static final FormField ASSESSMENT = FormField.section("danh-gia", "II. Đánh giá", true);
    static final FormField PROPOSALS = FormField.section("kien-nghi", "IV. Kiến nghị", false);
    static final List<FormField> FIELDS = List.of(NEW_MEMBERS, MAINTAINED, ACTIVITIES, ASSESSMENT, PROPOSALS);

    @Test
    void aSumAddsTheYearSoFarAndALevelIsWhatItIsNow() {
        ReportFigures figures = new ReportFigures(FIELDS,
                Map.of("i7", new FieldTotal("i7", 45, 20, 25, 2), "hoat-dong", new FieldTotal("hoat-dong", 3, 1, 2, 2)),
                Map.of(), Map.of("i3", 21L), Map.of("i7", 100L, "i3", 20L));
        List<Figure> shown = figures.of(new ReportEntry(Map.of("i7", 30L, "i3", 22L), Map.of()));
        assertThat(shown).extracting(Figure::cumulative).containsExactly(75L, 22L, 3L);
        assertThat(shown).extracting(Figure::percent).containsExactly(75, 110, null);
        assertThat(shown.getFirst().target()).isEqualTo(100L);
        assertThat(figures.of(ReportEntry.empty())).as("blank: the year so far, the last level")
                .extracting(Figure::cumulative).containsExactly(45L, 21L, 3L);
    }

    @Test
    void percentIsRoundedDownAndNeedsATarget() {
        assertThat(ReportFigures.percent(2, 3L)).isEqualTo(66);
        assertThat(ReportFigures.percent(5, 0L)).isNull();
        assertThat(ReportFigures.percent(5, null)).isNull();
    }

    @Test
    void aReportBeingSentNeedsEveryFigureAndTheRequiredSections() {
        ReportFigures figures = new ReportFigures(FIELDS, Map.of(), Map.of(), Map.of(), Map.of());
        ReportEntry partial = new ReportEntry(Map.of("i7", 0L), Map.of());
        assertThat(figures.findings(partial, false)).as("a draft may lack them").isEmpty();
        List<Finding> sending = figures.findings(partial, true);
        assertThat(sending).extracting(Finding::fieldKey).containsExactly("i3", "hoat-dong", "danh-gia");
        assertThat(sending).allMatch(Finding::blocking);
        assertThat(sending.getLast().messageKey()).isEqualTo("report.error.sectionRequired");
        assertThat(ReportFigures.clear(sending, Set.of("i3", "hoat-dong", "danh-gia"))).as("errors are not confirmed away")
                .isFalse();
    }

    @Test
    void aValueOutsideTheUnitsOwnRangeAsksForConfirmationOnceThereIsARange() {
        FieldTotal twoPeriods = new FieldTotal("i7", 50, 20, 30, 2);
        FieldTotal threePeriods = new FieldTotal("i7", 75, 20, 30, 3);
        ReportEntry entry = new ReportEntry(Map.of("i7", 500L, "i3", 20L, "hoat-dong", 2L), Map.of("danh-gia", "Tốt"));
        assertThat(new ReportFigures(FIELDS, Map.of(), Map.of("i7", twoPeriods), Map.of(), Map.of()).findings(entry, true))
                .as("two periods are no history yet").isEmpty();
        List<Finding> findings = new ReportFigures(FIELDS, Map.of(), Map.of("i7", threePeriods), Map.of(), Map.of())
                .findings(entry, true);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.blocking()).isFalse();
            assertThat(finding.messageKey()).isEqualTo("report.confirm.outsideHistory");
            assertThat(finding.arguments()).containsExactly("Phát triển mới hội viên", 500L, 20L, 30L);
        });
        assertThat(ReportFigures.clear(findings, Set.of())).isFalse();
        assertThat(ReportFigures.clear(findings, Set.of("i7"))).isTrue();
    }

    @Test
    void aLevelBelowItsLastAsksForConfirmationAndASumNever() {
        ReportFigures figures = new ReportFigures(FIELDS, Map.of(), Map.of(), Map.of("i3", 21L, "hoat-dong", 5L),
                Map.of());
        List<Finding> findings = figures.findings(new ReportEntry(Map.of("i7", 1L, "i3", 19L, "hoat-dong", 1L),
                Map.of("danh-gia", "Tốt")), true);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.fieldKey()).isEqualTo("i3");
            assertThat(finding.messageKey()).isEqualTo("report.confirm.levelFell");
        });
    }
}
