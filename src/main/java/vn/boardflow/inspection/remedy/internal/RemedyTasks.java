package vn.boardflow.inspection.remedy.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.boardflow.inspection.InspectionEvents.RemedyReminded;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.inspection.internal.RoundTasks;
import vn.boardflow.inspection.internal.WardPeople;
import vn.boardflow.inspection.internal.WardRecords;
import vn.boardflow.org.Organisation;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices;

/**
 * What the {@code inspectionRound} process asks about a ward's remedial tasks: which there are
 * ({@code ${remedyTasks.of(wardInspectionId)}}), when each is due, when the ward is reminded
 * ({@value #REMIND_DAYS_BEFORE} days before) and when the ward and the team head hear it is late, each once.
 */
@Component("remedyTasks")
class RemedyTasks {

    static final int REMIND_DAYS_BEFORE = 3;

    private final RemedialTaskRepository remedies;
    private final WardRecords records;
    private final WardPeople wardPeople;
    private final Organisation organisation;
    private final Notices notices;
    private final RemedyNotices sent;
    private final ApplicationEventPublisher events;

    RemedyTasks(RemedialTaskRepository remedies, WardRecords records, WardPeople wardPeople,
                Organisation organisation, Notices notices, RemedyNotices sent, ApplicationEventPublisher events) {
        this.remedies = remedies;
        this.records = records;
        this.wardPeople = wardPeople;
        this.organisation = organisation;
        this.notices = notices;
        this.sent = sent;
        this.events = events;
    }

    public List<Long> of(long wardInspectionId) {
        return new ArrayList<>(remedies.findByWardInspectionIdOrderByIdAsc(wardInspectionId).stream()
                .map(RemedialTask::id).toList());
    }

    public boolean any(long wardInspectionId) {
        return !of(wardInspectionId).isEmpty();
    }

    /** The end of the deadline day, so the task turns overdue only the day after. */
    public Date due(long remedyId) {
        return at(load(remedyId).deadline().plusDays(1));
    }

    public Date reminder(long remedyId) {
        return at(load(remedyId).deadline().minusDays(REMIND_DAYS_BEFORE), RoundTasks.REMINDER_TIME);
    }

    public Date lateNotice(long remedyId) {
        return at(load(remedyId).deadline().plusDays(1), RoundTasks.REMINDER_TIME);
    }

    public void remind(long remedyId) {
        RemedialTask task = load(remedyId);
        if (task.status() == RemedyStatus.OPEN && sent.first(remedyId, RemedyNotices.REMINDER)) {
            send(task, "notice.remedyDue", false, wardPeople.officers(task.wardId()));
        }
    }

    public void reportLate(long remedyId) {
        RemedialTask task = load(remedyId);
        if (task.status() == RemedyStatus.OPEN && sent.first(remedyId, RemedyNotices.LATE)) {
            Set<String> recipients = new LinkedHashSet<>(wardPeople.officers(task.wardId()));
            recipients.add(records.load(task.wardInspectionId()).teamHead());
            send(task, "notice.remedyLate", true, List.copyOf(recipients));
        }
    }

    private void send(RemedialTask task, String messageKey, boolean late, List<String> recipients) {
        notices.send(recipients, new Notice(messageKey, List.of(organisation.today().nameOf(task.wardId()),
                VietnameseDates.format(task.deadline()), task.description()), RoundTasks.remedyFormKey(task.id())));
        events.publishEvent(new RemedyReminded(late, task.id(), task.wardId(), recipients));
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(VietnameseDates.ZONE).toInstant());
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(VietnameseDates.ZONE).toInstant());
    }

    private RemedialTask load(long remedyId) {
        return remedies.findById(remedyId).orElseThrow(() -> new RuleViolation("remedy.error.notFound"));
    }
}
