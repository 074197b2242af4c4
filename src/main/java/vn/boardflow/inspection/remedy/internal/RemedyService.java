package vn.boardflow.inspection.remedy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.inspection.InspectionEvents.RemedyStepTaken;
import vn.boardflow.inspection.Remedies;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.inspection.internal.EvidenceOnFile;
import vn.boardflow.inspection.internal.InspectionRound;
import vn.boardflow.inspection.internal.RoundTasks;
import vn.boardflow.inspection.internal.ScoreSheet;
import vn.boardflow.inspection.internal.WardAccess;
import vn.boardflow.inspection.internal.WardInspection;
import vn.boardflow.inspection.internal.WardRecords;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class RemedyService implements Remedies {

    private final RemedialTaskRepository remedies;
    private final WardRecords records;
    private final EvidenceOnFile evidence;
    private final WardAccess wardAccess;
    private final Organisation organisation;
    private final RoundTasks roundTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RemedyService(RemedialTaskRepository remedies, WardRecords records, EvidenceOnFile evidence,
                  WardAccess wardAccess, Organisation organisation, RoundTasks roundTasks, ApplicationEventPublisher events,
                  Clock clock) {
        this.remedies = remedies;
        this.records = records;
        this.evidence = evidence;
        this.wardAccess = wardAccess;
        this.organisation = organisation;
        this.roundTasks = roundTasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RemedyDraft> proposals(WardInspectionId wardInspectionId) {
        WardInspection inspection = records.load(wardInspectionId.value());
        // the team's scores and notes, which the ward sees only once the head has closed the inspection
        AccessPolicy.require(wardAccess.isHead(inspection));
        if (inspection.status() != WardStatus.SUBMITTED) {
            return List.of();
        }
        LocalDate due = inspection.visitDate().plusDays(DEFAULT_DAYS);
        LocalDate deadline = due.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock).plusDays(DEFAULT_DAYS) : due;
        return ScoreSheet.shortfalls(records.checklistOf(inspection), inspection.scores()).stream()
                .map(shortfall -> new RemedyDraft(shortfall.criterion().code(),
                        "Khắc phục " + shortfall.describe(), deadline))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RemedyView> ofInspection(WardInspectionId wardInspectionId) {
        WardInspection inspection = records.load(wardInspectionId.value());
        wardAccess.checkReads(inspection, records.roundOf(inspection));
        return remedies.findByWardInspectionIdOrderByIdAsc(wardInspectionId.value()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RemedyView> ofMyWards() {
        return remedies.findByWardIdInOrderByDeadlineAscIdAsc(UnitId.valuesOf(wardAccess.ownWards())).stream()
                .sorted(Comparator.comparing(task -> task.status() == RemedyStatus.ACCEPTED))
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RemedyView> find(long remedyId) {
        return remedies.findById(remedyId).map(task -> {
            WardInspection inspection = records.load(task.wardInspectionId());
            wardAccess.checkReads(inspection, records.roundOf(inspection));
            return view(task);
        });
    }

    @Override
    public void report(long remedyId, long version, String note) {
        RemedialTask task = load(remedyId);
        wardAccess.checkWard(task.wardId());
        task.checkVersion(version);
        if (!evidence.remedyBacked(task.wardInspectionId(), task.id())) {
            throw new RuleViolation("remedy.error.evidenceRequired");
        }
        task.report(note, wardAccess.me(), clock.instant());
        finishStep(task, RoundTasks.FIX, Map.of(), "reported");
    }

    @Override
    public void accept(long remedyId, long version) {
        RemedialTask task = checkedForReview(remedyId, version);
        task.accept(wardAccess.me(), clock.instant());
        finishStep(task, RoundTasks.REVIEW, Map.of("outcome", "accept"), "accepted");
    }

    @Override
    public void sendBack(long remedyId, long version, String comment) {
        RemedialTask task = checkedForReview(remedyId, version);
        task.sendBack(comment, wardAccess.me(), clock.instant());
        finishStep(task, RoundTasks.REVIEW, Map.of("outcome", "return"), "returned");
    }

    private RemedialTask checkedForReview(long remedyId, long version) {
        RemedialTask task = load(remedyId);
        AccessPolicy.require(wardAccess.isHead(records.load(task.wardInspectionId())));
        task.checkVersion(version);
        return task;
    }

    private void finishStep(RemedialTask task, String step, Map<String, Object> variables, String action) {
        remedies.flush();
        roundTasks.complete(records.roundOf(records.load(task.wardInspectionId())), step, RoundTasks.remedyFormKey(task.id()),
                variables);
        events.publishEvent(new RemedyStepTaken(action, task.id(), task.wardId(), task.status()));
    }

    private RemedyView view(RemedialTask task) {
        WardInspection inspection = records.load(task.wardInspectionId());
        InspectionRound round = records.roundOf(inspection);
        OrgChart chart = organisation.today();
        boolean open = task.status() == RemedyStatus.OPEN;
        return new RemedyView(task.id(), inspection.inspectionId(), round.roundId(), round.period().roundTitle(round.year()),
                task.wardId(), chart.nameOf(task.wardId()), task.criterionCode(), task.description(), task.deadline(),
                task.status(), task.reportNote(), task.reviewComment(), task.overdue(LocalDate.now(clock)),
                task.version(), open && wardAccess.ofWard(task.wardId()),
                task.status() == RemedyStatus.REPORTED && wardAccess.isHead(inspection));
    }

    private RemedialTask load(long remedyId) {
        return remedies.findById(remedyId).orElseThrow(() -> new RuleViolation("remedy.error.notFound"));
    }
}
