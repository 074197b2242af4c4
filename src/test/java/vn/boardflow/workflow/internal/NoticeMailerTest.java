package vn.boardflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.org.UserSummary;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.WorkflowEvents.NoticeSent;

/** A notice goes out by e-mail, in Vietnamese with its link, when a mail sender is configured; without one, nothing is sent. */
class NoticeMailerTest {

    static final UserSummary REVIEWER = new UserSummary(1, "xemxet", "Lê Minh Tuấn", "Phó Trưởng ban",
            "xemxet@example.vn", null, true, null, 0);

    @Test
    void mailsTheNoticeToTheUsersAddress() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSender sender = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        UserDirectory users = mock(UserDirectory.class);
        when(users.contacts(anyCollection())).thenReturn(List.of(REVIEWER));

        new NoticeMailer(beans.getBeanProvider(JavaMailSender.class), users, "boardflow@example.vn",
                "https://boardflow.example.vn").on(new NoticeSent("xemxet",
                new Notice("notice.taskIdle", List.of("Xem xét, phê duyệt", "Kế hoạch năm 2018", "3", "—"), "plans/7")));

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("xemxet@example.vn");
            assertThat(message.getSubject()).isEqualTo("BoardFlow: Việc «Xem xét, phê duyệt» của Kế hoạch năm 2018 "
                    + "đã chờ 3 ngày làm việc (người giữ việc: —).");
            assertThat(message.getText()).endsWith("https://boardflow.example.vn/plans/7");
        });
    }

    @Test
    void sendsNothingWithoutAMailServer() {
        UserDirectory users = mock(UserDirectory.class);
        new NoticeMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), users,
                "boardflow@example.vn", "http://localhost:8080").on(new NoticeSent("xemxet",
                new Notice("notice.taskIdle", List.of("a", "b", "3", "—"), null)));
        verifyNoInteractions(users);
    }
}
