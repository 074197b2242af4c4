package vn.boardflow.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.inspection.Checklist.Criterion;
import vn.boardflow.inspection.Checklist.Group;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.Rating;
import vn.boardflow.inspection.RatingScale;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.UnitId;

/**
 * A ward inspection's own transitions: the team drafts and sends once per key, evidence where required,
 * the head alone closes; the ward's own sheet follows the same rules until the team's work begins to count.
 */
class WardInspectionTest {

    static final Instant AT = Instant.parse("2026-06-20T02:00:00Z");

    static final Checklist CHECKLIST = new Checklist("Bộ tiêu chí thử", List.of(new Group("Sinh hoạt", List.of(
            new Criterion("1.1", "Sinh hoạt định kỳ", 60, "", true),
            new Criterion("1.2", "Nội dung phong phú", 40, "", false)))), RatingScale.USUAL);

    static final Map<String, CriterionScore> FULL = Map.of("1.1", new CriterionScore(55, ""),
            "1.2", new CriterionScore(30, "Ít chuyên đề"));

    WardInspection inspection() {
        return new WardInspection(5, UnitId.of(11), "Đoàn 1", "kiemtra1", List.of("kiemtra1", "kiemtra2"),
                LocalDate.of(2026, 6, 20), InspectionMode.ON_SITE);
    }

    @Test
    void theTeamSendsItsSheetOnceWithEvidenceWhereTheChecklistAsksForIt() {
        WardInspection inspection = inspection();
        inspection.saveDraft(Map.of("1.2", new CriterionScore(30, "")), CHECKLIST);
        assertThat(inspection.status()).isEqualTo(WardStatus.DRAFTING);
        assertThat(refusal(() -> inspection.submit("k1", Map.of("1.2", new CriterionScore(30, "")), CHECKLIST,
                Set.of("1.1"), "kiemtra2", AT))).as("every criterion scored").isEqualTo("inspection.error.unscored");
        assertThat(refusal(() -> inspection.submit("k1", FULL, CHECKLIST, Set.of(), "kiemtra2", AT)))
                .isEqualTo("inspection.error.evidenceMissing");
        assertThat(refusal(() -> inspection.submit(" ", FULL, CHECKLIST, Set.of("1.1"), "kiemtra2", AT)))
                .isEqualTo("inspection.error.submissionKeyRequired");

        assertThat(inspection.submit("k1", FULL, CHECKLIST, Set.of("1.1"), "kiemtra2", AT)).isTrue();

        assertThat(inspection.status()).isEqualTo(WardStatus.SUBMITTED);
        assertThat(inspection.totalScore()).isEqualTo(85);
        assertThat(inspection.rating()).isEqualTo(Rating.TOT);
        assertThat(inspection.submit("k1", Map.of(), CHECKLIST, Set.of(), "kiemtra2", AT))
                .as("the same send again changes nothing").isFalse();
        assertThat(inspection.totalScore()).isEqualTo(85);
        assertThat(refusal(() -> inspection.submit("k2", FULL, CHECKLIST, Set.of("1.1"), "kiemtra2", AT)))
                .isEqualTo("inspection.error.alreadySubmitted");
        assertThat(refusal(() -> inspection.saveDraft(FULL, CHECKLIST))).isEqualTo("inspection.error.alreadySubmitted");
    }

    @Test
    void onlyTheTeamHeadClosesASubmittedInspectionAndItsMinutesComeOnce() {
        WardInspection inspection = inspection();
        assertThat(refusal(() -> inspection.close("kiemtra1", AT))).isEqualTo("inspection.error.notSubmitted");
        inspection.submit("k1", FULL, CHECKLIST, Set.of("1.1"), "kiemtra2", AT);
        assertThat(refusal(() -> inspection.minutesIssued(new DocumentRef(9, "01/BB-BTC")))).isEqualTo("inspection.error.notClosed");
        assertThat(refusal(() -> inspection.close("kiemtra2", AT))).isEqualTo("inspection.error.onlyHeadCloses");

        inspection.close("kiemtra1", AT);
        inspection.minutesIssued(new DocumentRef(9, "01/BB-BTC"));

        assertThat(inspection.status()).isEqualTo(WardStatus.CLOSED);
        assertThat(inspection.minutesSymbol()).isEqualTo("01/BB-BTC");
        assertThat(refusal(() -> inspection.minutesIssued(new DocumentRef(10, "02/BB-BTC")))).isEqualTo("inspection.error.minutesIssued");
    }

    @Test
    void theWardScoresItselfOncePerKeyWhileTheInspectionIsOpen() {
        WardInspection inspection = inspection();
        assertThat(inspection.selfSubmitted()).isFalse();
        assertThat(inspection.selfScores()).isEmpty();
        inspection.saveSelfDraft(Map.of("1.1", new CriterionScore(60, "")), CHECKLIST);
        assertThat(inspection.selfScores()).containsKey("1.1");

        assertThat(inspection.submitSelf("s1", FULL, CHECKLIST, "phuong", AT)).isTrue();

        assertThat(inspection.selfSubmitted()).isTrue();
        assertThat(inspection.selfTotal()).isEqualTo(85);
        assertThat(inspection.submitSelf("s1", Map.of(), CHECKLIST, "phuong", AT)).isFalse();
        assertThat(refusal(() -> inspection.submitSelf("s2", FULL, CHECKLIST, "phuong", AT)))
                .isEqualTo("inspection.error.selfSubmitted");
        assertThat(refusal(() -> inspection.saveSelfDraft(FULL, CHECKLIST))).isEqualTo("inspection.error.selfSubmitted");
        assertThat(inspection.totalScore()).as("the ward's sheet is not the team's").isNull();
    }

    @Test
    void theWardCannotScoreItselfOnceTheTeamHasSent() {
        WardInspection inspection = inspection();
        inspection.submit("k1", FULL, CHECKLIST, Set.of("1.1"), "kiemtra2", AT);

        assertThat(refusal(() -> inspection.submitSelf("s1", FULL, CHECKLIST, "phuong", AT)))
                .isEqualTo("inspection.error.selfClosed");
    }

    @Test
    void aSendOnAnOutdatedVersionIsRefused() {
        assertThat(refusal(() -> inspection().checkVersion(1))).isEqualTo("inspection.error.wardChangedMeanwhile");
    }
}
