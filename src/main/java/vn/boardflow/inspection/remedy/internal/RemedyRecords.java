package vn.boardflow.inspection.remedy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.Remedies.RemedyDraft;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.inspection.WardInspections.RemedyCount;
import vn.boardflow.inspection.internal.WardInspection;
import vn.boardflow.inspection.internal.WardRemedies;
import vn.boardflow.inspection.internal.WardRemedies.RemedyTimeliness;

@Component
class RemedyRecords implements WardRemedies {

    private final RemedialTaskRepository remedies;
    private final Clock clock;

    RemedyRecords(RemedialTaskRepository remedies, Clock clock) {
        this.remedies = remedies;
        this.clock = clock;
    }

    @Override
    public void open(WardInspection inspection, List<RemedyDraft> drafts) {
        LocalDate today = LocalDate.now(clock);
        drafts.forEach(draft -> remedies.save(new RemedialTask(inspection.id(), inspection.roundId(),
                inspection.wardId(), draft, today, clock.instant())));
    }

    @Override
    public RemedyCount count(long wardInspectionId) {
        LocalDate today = LocalDate.now(clock);
        List<RemedialTask> tasks = remedies.findByWardInspectionIdOrderByIdAsc(wardInspectionId);
        return new RemedyCount((int) tasks.stream().filter(task -> task.status() != RemedyStatus.ACCEPTED).count(),
                (int) tasks.stream().filter(task -> task.overdue(today)).count());
    }

    @Override
    public Map<Long, RemedyTimeliness> timeliness(long roundId, LocalDate asOf) {
        Map<Long, RemedyTimeliness> byInspection = new HashMap<>();
        remedies.findByRoundId(roundId).stream().filter(task -> !task.deadline().isAfter(asOf))
                .forEach(task -> byInspection.merge(task.wardInspectionId(),
                        new RemedyTimeliness(1, task.putRightInTime() ? 1 : 0),
                        (one, other) -> new RemedyTimeliness(one.due() + other.due(), one.onTime() + other.onTime())));
        return byInspection;
    }

    @Override
    public Optional<RemedyTarget> target(long remedyId) {
        return remedies.findById(remedyId).map(task -> new RemedyTarget(task.wardInspectionId(), task.wardId(),
                task.status() == RemedyStatus.OPEN));
    }
}
