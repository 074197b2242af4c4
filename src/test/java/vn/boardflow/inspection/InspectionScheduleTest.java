package vn.boardflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boardflow.inspection.InspectionSchedule.Problem;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Translations;

class InspectionScheduleTest {

    static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);
    static final LocalDate JUNE_11 = LocalDate.of(2026, 6, 11);
    static final Map<UnitId, String> WARDS = new LinkedHashMap<>();
    static final Map<String, String> NAMES = Map.of("hung", "Đặng Văn Hùng", "mai", "Huỳnh Thị Mai",
            "tuan", "Lê Minh Tuấn", "ngoc", "Bùi Thị Ngọc");

    static {
        WARDS.put(UnitId.of(1), "Phường Phú Cường");
        WARDS.put(UnitId.of(2), "Phường Phú Lợi");
        WARDS.put(UnitId.of(3), "Phường Hiệp Thành");
        WARDS.put(UnitId.of(4), "Phường Chánh Nghĩa");
    }

    static final List<Team> TEAMS = List.of(new Team("Đoàn 1", "tuan", List.of("hung")),
            new Team("Đoàn 2", "mai", List.of("ngoc")));

    @Test
    void aScheduleThatKeepsEveryRuleHasNoProblems() {
        InspectionSchedule schedule = new InspectionSchedule(TEAMS, List.of(
                new Visit(UnitId.of(1), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(3), "Đoàn 1", JUNE_11, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(4), "Đoàn 2", JUNE_10, InspectionMode.ON_PAPERS)));
        // a team checking one ward's papers the day it visits another is still two wards in a day, for each member
        assertThat(schedule.problems(WARDS, Map.of("ngoc", Set.of(UnitId.of(1))), NAMES))
                .extracting(problem -> problem.messageKey() + " " + problem.arguments().getFirst())
                .containsExactlyInAnyOrder("inspection.schedule.doubleBooked Bùi Thị Ngọc",
                        "inspection.schedule.doubleBooked Huỳnh Thị Mai");
        InspectionSchedule fixed = new InspectionSchedule(TEAMS, List.of(
                new Visit(UnitId.of(1), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(3), "Đoàn 1", JUNE_11, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(4), "Đoàn 2", JUNE_11, InspectionMode.ON_PAPERS)));
        assertThat(fixed.problems(WARDS, Map.of("ngoc", Set.of(UnitId.of(1))), NAMES)).isEmpty();
    }

    @Test
    void aMemberOfTwoTeamsIsNotBookedTwiceOnOneDay() {
        List<Team> teams = List.of(new Team("Đoàn 1", "tuan", List.of("hung")),
                new Team("Đoàn 2", "mai", List.of("hung")));
        InspectionSchedule schedule = new InspectionSchedule(teams, List.of(
                new Visit(UnitId.of(1), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(3), "Đoàn 1", JUNE_11, InspectionMode.ON_SITE),
                new Visit(UnitId.of(4), "Đoàn 2", JUNE_11, InspectionMode.ON_SITE)));
        List<Problem> problems = schedule.problems(WARDS, Map.of(), NAMES);
        assertThat(problems).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.messageKey()).isEqualTo("inspection.schedule.doubleBooked");
            assertThat(problem.arguments().getFirst()).isEqualTo("Đặng Văn Hùng");
        });
        assertThat(text(problems.getFirst())).isEqualTo(
                "Đặng Văn Hùng được xếp kiểm tra nhiều phường trong ngày 10/06/2026: Phường Phú Cường, Phường Phú Lợi.");
    }

    @Test
    void nobodyInspectsAWardWhereTheyHoldARole() {
        InspectionSchedule schedule = new InspectionSchedule(TEAMS, List.of(
                new Visit(UnitId.of(1), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(3), "Đoàn 1", JUNE_11, InspectionMode.ON_SITE),
                new Visit(UnitId.of(4), "Đoàn 2", JUNE_11, InspectionMode.ON_SITE)));
        List<Problem> problems = schedule.problems(WARDS, Map.of("ngoc", Set.of(UnitId.of(1))), NAMES);
        assertThat(problems).singleElement().satisfies(problem -> assertThat(text(problem)).isEqualTo(
                "Bùi Thị Ngọc giữ vai trò tại Phường Phú Cường nên không kiểm tra phường này."));
    }

    @Test
    void everyWardIsCoveredExactlyOnce() {
        InspectionSchedule schedule = new InspectionSchedule(TEAMS, List.of(
                new Visit(UnitId.of(1), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(1), "Đoàn 2", JUNE_11, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(9), "Đoàn 1", JUNE_11, InspectionMode.ON_SITE)));
        assertThat(schedule.problems(WARDS, Map.of(), NAMES)).extracting(InspectionScheduleTest::text).containsExactly(
                "Đơn vị 9 không phải phường của cơ quan này.",
                "Phường Phú Cường được xếp kiểm tra 2 lần trong đợt; mỗi phường chỉ một lần.",
                "Phường Hiệp Thành chưa có đoàn kiểm tra.",
                "Phường Chánh Nghĩa chưa có đoàn kiểm tra.");
    }

    @Test
    void aTeamNeedsAHeadAndVisitsNeedAKnownTeamAndADate() {
        InspectionSchedule schedule = new InspectionSchedule(List.of(new Team("Đoàn 3", null, List.of("hung"))),
                List.of(new Visit(UnitId.of(1), "Đoàn 3", null, InspectionMode.ON_SITE),
                        new Visit(UnitId.of(2), "Đoàn 9", JUNE_10, InspectionMode.ON_SITE)));
        assertThat(schedule.problems(Map.of(UnitId.of(1), "Phường Phú Cường", UnitId.of(2), "Phường Phú Lợi"), Map.of(), NAMES))
                .extracting(Problem::messageKey).containsExactly("inspection.schedule.noHead",
                        "inspection.schedule.noDate", "inspection.schedule.unknownTeam");
    }

    @Test
    void anInspectorSeesTheTeamsTheyAreOnAndTheirVisits() {
        InspectionSchedule schedule = new InspectionSchedule(TEAMS, List.of(
                new Visit(UnitId.of(1), "Đoàn 1", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(2), "Đoàn 2", JUNE_10, InspectionMode.ON_SITE),
                new Visit(UnitId.of(3), "Đoàn 1", JUNE_11, InspectionMode.ON_PAPERS)));
        InspectionSchedule seen = schedule.of("hung");
        assertThat(seen.teams()).extracting(Team::name).containsExactly("Đoàn 1");
        assertThat(seen.visits()).extracting(visit -> visit.wardId().value()).containsExactly(1L, 3L);
        assertThat(schedule.of("someone")).isEqualTo(new InspectionSchedule(List.of(), List.of()));
    }

    @Test
    void aBodyWithoutWardsCannotBeScheduled() {
        InspectionSchedule schedule = new InspectionSchedule(TEAMS, List.of());
        assertThat(schedule.problems(Map.of(), Map.of(), NAMES)).extracting(InspectionScheduleTest::text).containsExactly(
                "Cơ quan này không có phường trực thuộc nên không có gì để kiểm tra; hãy mở đợt kiểm tra ở ban cấp thành phố.");
    }

    private static String text(Problem problem) {
        return Translations.get(Translations.VIETNAMESE, problem.messageKey(), problem.arguments().toArray());
    }
}
