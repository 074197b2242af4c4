package vn.boardflow.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.Notices.NoticeView;

/** One notice to one user; read once they open it. */
@Entity
@Table(name = "notification")
class Notification {

    /** Arguments are short texts (titles, names, dates); the unit separator never occurs in them. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(nullable = false, updatable = false)
    private String arguments;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, Notice notice, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = notice.messageKey();
        this.arguments = String.join(SEPARATOR, notice.arguments().stream().map(argument -> argument.replace(SEPARATOR, " ")).toList());
        this.link = notice.link();
        this.createdAt = createdAt;
    }

    String recipient() {
        return recipient;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NoticeView view() {
        List<String> parts = arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
        return new NoticeView(id, messageKey, parts, link, createdAt, readAt);
    }
}
