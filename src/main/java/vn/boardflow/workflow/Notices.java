package vn.boardflow.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Notices to users inside the application: reminders of idle tasks, escalations, a returned draft.
 * Each is also e-mailed when the application has a mail server ({@code spring.mail.host}) and the
 * user an address.
 */
public interface Notices {

    /** Sends the notice to each user, in the caller's transaction; e-mail goes out after it commits. */
    void send(Collection<String> usernames, Notice notice);

    /** The signed-in user's notices, newest first. */
    List<NoticeView> mine(int offset, int limit);

    int countMine();

    int unreadCount();

    void markRead(long noticeId);

    void markAllRead();

    /**
     * @param messageKey the text's key in the message bundles, so each reader sees their own language
     * @param link       the route that opens what the notice is about, or {@code null}
     */
    record Notice(String messageKey, List<String> arguments, String link) {

        public Notice {
            arguments = List.copyOf(arguments);
        }
    }

    record NoticeView(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
                      Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }
}
