package vn.boardflow.workflow.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.Translations;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.WorkflowEvents.NoticeSent;

/**
 * E-mails a notice once the transaction that created it commits, on a thread of its own, when Spring
 * Boot configured a mail sender ({@code spring.mail.host}) and the user has an address. Without a mail
 * server there is no such listener, so a notice leaves nothing in the event publication registry. A delivery that
 * fails throws, so the event publication registry keeps the notice and tries it again later; the notice
 * itself is in the app either way.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class NoticeMailer {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserDirectory users;
    private final String from;
    private final String baseUrl;

    NoticeMailer(ObjectProvider<JavaMailSender> mailSender, UserDirectory users,
                 @Value("${boardflow.mail.from:boardflow@localhost}") String from,
                 @Value("${boardflow.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.users = users;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(NoticeSent sent) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        users.contacts(List.of(sent.username())).stream()
                .filter(user -> user.email() != null && !user.email().isBlank())
                .forEach(user -> sender.send(message(user, sent.notice())));
    }

    private SimpleMailMessage message(UserSummary user, Notice notice) {
        String text = Translations.get(Translations.VIETNAMESE, notice.messageKey(), notice.arguments().toArray());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject("BoardFlow: " + text);
        message.setText(notice.link() == null ? text : text + "\n\n" + baseUrl + "/" + notice.link());
        return message;
    }
}
