package vn.boardflow.inspection.remedy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.boardflow.Refusals.refusal;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.org.UnitId;

/** A remedial task's own transitions: opened with a deadline, reported by the ward, accepted or sent back. */
class RemedialTaskTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 25);
    static final Instant AT = Instant.parse("2026-06-25T02:00:00Z");

    /** The ward's inspection the tasks are left by, and its ward. */
    static final long INSPECTION = 8;
    static final UnitId WARD = UnitId.of(11);

    RemedialTask task() {
        return new RemedialTask(INSPECTION, 5, WARD, new RemedyDraft("1.2", "  Bổ sung chuyên đề sinh hoạt ",
                TODAY.plusDays(30)), TODAY, AT);
    }

    @Test
    void aTaskNeedsADescriptionAndADeadlineFromToday() {
        assertThat(refusal(() -> new RemedialTask(INSPECTION, 5, WARD, new RemedyDraft(null, " ", TODAY), TODAY, AT)))
                .isEqualTo("remedy.error.descriptionRequired");
        assertThat(refusal(() -> new RemedialTask(INSPECTION, 5, WARD, new RemedyDraft(null, "Sửa", null), TODAY, AT)))
                .isEqualTo("remedy.error.deadlineRequired");
        assertThat(refusal(() -> new RemedialTask(INSPECTION, 5, WARD, new RemedyDraft(null, "Sửa", TODAY.minusDays(1)),
                TODAY, AT))).isEqualTo("remedy.error.deadlinePast");
        assertThat(refusal(() -> new RemedialTask(INSPECTION, 5, WARD, new RemedyDraft(null,
                "x".repeat(RemedialTask.MAX_TEXT + 1), TODAY), TODAY, AT))).isEqualTo("remedy.error.tooLong");

        RemedialTask task = task();
        assertThat(task.status()).isEqualTo(RemedyStatus.OPEN);
        assertThat(task.description()).isEqualTo("Bổ sung chuyên đề sinh hoạt");
        assertThat(task.wardId().value()).isEqualTo(11);
    }

    @Test
    void theWardReportsAndTheTeamAcceptsOrSendsItBackWithAReason() {
        RemedialTask task = task();
        assertThat(refusal(() -> task.accept("kiemtra1", AT))).isEqualTo("remedy.error.notReported");
        assertThat(refusal(() -> task.report(" ", "phuong", AT))).isEqualTo("remedy.error.noteRequired");
        task.report("Đã tổ chức chuyên đề tháng 7", "phuong", AT);
        assertThat(task.status()).isEqualTo(RemedyStatus.REPORTED);
        assertThat(refusal(() -> task.report("Lần nữa", "phuong", AT))).isEqualTo("remedy.error.notOpen");
        assertThat(refusal(() -> task.sendBack("", "kiemtra1", AT))).isEqualTo("remedy.error.commentRequired");

        task.sendBack("Chưa có biên bản", "kiemtra1", AT);
        assertThat(task.status()).isEqualTo(RemedyStatus.OPEN);
        assertThat(task.reviewComment()).isEqualTo("Chưa có biên bản");

        task.report("Đã gửi biên bản", "phuong", AT);
        task.accept("kiemtra1", AT);
        assertThat(task.status()).isEqualTo(RemedyStatus.ACCEPTED);
        assertThat(task.reviewComment()).isNull();
    }

    @Test
    void onlyAnOpenTaskPastItsDeadlineIsOverdue() {
        RemedialTask task = task();
        assertThat(task.overdue(TODAY.plusDays(30))).isFalse();
        assertThat(task.overdue(TODAY.plusDays(31))).isTrue();
        task.report("Xong", "phuong", AT);
        assertThat(task.overdue(TODAY.plusDays(31))).as("reported, it waits on the team, not the ward").isFalse();
    }
}
