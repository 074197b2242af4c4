package vn.boardflow.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.InspectionPeriod;
import vn.boardflow.inspection.InspectionSchedule.Team;
import vn.boardflow.inspection.InspectionSchedule.Visit;
import vn.boardflow.inspection.InspectionSchedule;
import vn.boardflow.inspection.RoundStatus;
import vn.boardflow.org.UnitId;

/** A round's own transitions: drafted, its schedule fixed once confirmed, its plan issued once, closed by its report. */
class InspectionRoundTest {

    static final Instant AT = Instant.parse("2026-06-01T01:00:00Z");

    final InspectionSchedule schedule = new InspectionSchedule(List.of(new Team("Đoàn 1", "kiemtra1", List.of("kiemtra2"))),
            List.of(new Visit(UnitId.of(11), "Đoàn 1", LocalDate.of(2026, 6, 20), InspectionMode.ON_SITE)));

    /** As the database hands it back, with its id. */
    InspectionRound round() {
        InspectionRound round = new InspectionRound(IssuingBodyId.of(7), UnitId.of(70), 2026, InspectionPeriod.MID_YEAR, 3, true,
                "  Đánh giá kết quả  ", AT, "tochuc");
        ReflectionTestUtils.setField(round, "id", 5L);
        return round;
    }

    @Test
    void aRoundNeedsAPlausibleYearAPeriodAndAPurposeOfReasonableLength() {
        assertThat(refusal(() -> new InspectionRound(IssuingBodyId.of(7), UnitId.of(70), 1990, InspectionPeriod.MID_YEAR, 3, false, "", AT, "tochuc")))
                .isEqualTo("inspection.error.year");
        assertThat(refusal(() -> new InspectionRound(IssuingBodyId.of(7), UnitId.of(70), 2026, null, 3, false, "", AT, "tochuc")))
                .isEqualTo("inspection.error.periodRequired");
        assertThat(refusal(() -> new InspectionRound(IssuingBodyId.of(7), UnitId.of(70), 2026, InspectionPeriod.YEAR_END, 3, false,
                "x".repeat(InspectionRound.MAX_PURPOSE + 1), AT, "tochuc"))).isEqualTo("inspection.error.purposeTooLong");
        assertThat(round().view().purpose()).isEqualTo("Đánh giá kết quả");
        assertThat(round().view().status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theDraftIsRevisedAndRescheduledUntilTheScheduleIsConfirmed() {
        InspectionRound round = round();
        round.revise(0, 4, false, "Mục đích mới");
        round.reschedule(0, schedule);
        assertThat(round.templateId()).isEqualTo(4);
        assertThat(round.schedule()).isEqualTo(schedule);

        round.confirmSchedule(0);

        assertThat(round.view().status()).isEqualTo(RoundStatus.SCHEDULED);
        assertThat(refusal(() -> round.reschedule(0, schedule))).isEqualTo("inspection.error.scheduleFixed");
        assertThat(refusal(() -> round.confirmSchedule(0))).isEqualTo("inspection.error.scheduleFixed");
        assertThat(refusal(() -> round.revise(0, 4, true, ""))).isEqualTo("inspection.error.notDraft");
    }

    @Test
    void anEditOnAnOutdatedVersionIsRefused() {
        assertThat(refusal(() -> round().reschedule(2, schedule))).isEqualTo("inspection.error.changedMeanwhile");
    }

    @Test
    void thePlanIsDraftedOnceAfterTheScheduleAndTheIssuedReportClosesTheRound() {
        InspectionRound round = round();
        assertThat(refusal(() -> round.planDrafted(DraftId.of(1)))).isEqualTo("inspection.error.notScheduled");
        assertThat(refusal(() -> round.reportDrafted(DraftId.of(2)))).isEqualTo("inspection.error.notReportable");
        round.reschedule(0, schedule);
        round.confirmSchedule(0);

        round.planDrafted(DraftId.of(1));
        assertThat(round.view().planDraft()).isEqualTo(DraftId.of(1));
        round.paperCancelled(DraftId.of(1));
        assertThat(round.view().planDraft()).as("a cancelled draft may be drafted again").isNull();
        round.planDrafted(DraftId.of(3));
        round.planIssued(new DocumentRef(1, "01/KH-BTC"));
        assertThat(round.view().planDraft()).isNull();
        assertThat(refusal(() -> round.planDrafted(DraftId.of(4)))).isEqualTo("inspection.error.planIssued");
        round.reportDrafted(DraftId.of(5));
        assertThat(round.view().status()).as("open until the report is issued").isEqualTo(RoundStatus.SCHEDULED);
        round.reportIssued(new DocumentRef(2, "02/BC-BTC"));

        assertThat(round.view().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(round.view().reportSymbol()).isEqualTo("02/BC-BTC");
        assertThat(refusal(() -> round.reportDrafted(DraftId.of(6)))).isEqualTo("inspection.error.notReportable");
    }
}
