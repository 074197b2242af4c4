package vn.boardflow.workflow.internal;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.shared.Translations;
import vn.boardflow.workflow.Notices.Notice;

/**
 * E-mails a notice once the transaction that created it commits, when Spring Boot configured a mail
 * sender ({@code spring.mail.host}). Mail is a courtesy: a failure is logged, and the notice stays in the app.
 */
@Component
class NoticeMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

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

    void afterCommit(Collection<String> usernames, Notice notice) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<UserSummary> recipients = users.contacts(usernames).stream()
                .filter(user -> user.email() != null && !user.email().isBlank()).toList();
        if (recipients.isEmpty()) {
            return;
        }
        Runnable send = () -> recipients.forEach(user -> send(sender, user, notice));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    Thread.ofVirtual().name("notice-mail").start(send);
                }
            });
        } else {
            Thread.ofVirtual().name("notice-mail").start(send);
        }
    }

    private void send(JavaMailSender sender, UserSummary user, Notice notice) {
        String text = Translations.get(Translations.VIETNAMESE, notice.messageKey(), notice.arguments().toArray());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject("BoardFlow: " + text);
        message.setText(notice.link() == null ? text : text + "\n\n" + baseUrl + "/" + notice.link());
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Could not e-mail a notice to {}: {}", user.username(), e.getMessage());
        }
    }
}
