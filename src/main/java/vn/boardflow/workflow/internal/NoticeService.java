package vn.boardflow.workflow.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.WorkflowEvents.NoticeSent;

@Service
@Transactional
class NoticeService implements Notices {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NotificationRepository notifications, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Not guarded by a role: timers send reminders with nobody signed in, and only server code calls this. */
    @Override
    public void send(Collection<String> usernames, Notice notice) {
        LinkedHashSet<String> recipients = new LinkedHashSet<>(usernames);
        recipients.forEach(username -> {
            notifications.save(new Notification(username, notice, clock.instant()));
            events.publishEvent(new NoticeSent(username, notice));
        });
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NoticeView> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(offset / size, size))
                .stream().map(Notification::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countMine() {
        return Math.toIntExact(notifications.countByRecipient(me()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        return Math.toIntExact(notifications.countByRecipientAndReadAtIsNull(me()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void markRead(long noticeId) {
        Notification notification = notifications.findById(noticeId)
                .orElseThrow(() -> new RuleViolation("notice.error.notFound"));
        AccessPolicy.require(notification.recipient().equals(me()));
        notification.markRead(clock.instant());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.actor().username();
    }
}
