package vn.boardflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.boardflow.Logins;
import vn.boardflow.ModuleTest;
import vn.boardflow.org.UserAdministration.NewUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.WorkflowEvents.NoticeSent;

/**
 * The workflow module with only the modules it uses: a notice is published for each recipient, and an
 * e-mail the mail server refused is kept by the event publication registry and sent when tried again.
 */
@ModuleTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "management.health.mail.enabled=false"})
class WorkflowModuleTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Notices notices;
    @Autowired
    UserAdministration users;
    @Autowired
    FailedEventPublications failed;
    @Autowired
    UserDetailsService userDetails;
    @MockitoBean
    JavaMailSender mailSender;

    @AfterEach
    void signOut() {
        Logins.out();
    }

    @Test
    void aNoticeTheMailServerRefusedIsMailedWhenTheFailedPublicationIsTriedAgain(AssertablePublishedEvents events) {
        Logins.as(userDetails, "quantri");
        users.create(new NewUser("thumoi", "Nguyễn Thư Mới", "Cán bộ", "thumoi@example.vn", null,
                "mật khẩu thư mới đủ dài"));
        doThrow(new MailSendException("máy chủ thư không trả lời")).doNothing().when(mailSender)
                .send(any(SimpleMailMessage.class));

        Notice notice = new Notice("notice.planReturned", List.of("Kế hoạch năm 2031", "Lê Minh Tuấn", "Bổ sung"),
                "plans/1");
        notices.send(List.of("thumoi", "thumoi"), notice);

        assertThat(events.ofType(NoticeSent.class)).as("one per recipient")
                .containsExactly(new NoticeSent("thumoi", notice));
        await().atMost(PATIENCE).untilAsserted(() -> verify(mailSender, times(1)).send(any(SimpleMailMessage.class)));

        await().atMost(PATIENCE).untilAsserted(() -> {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ZERO));
            verify(mailSender, times(2)).send(any(SimpleMailMessage.class));
        });
        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mailSender, times(2)).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("thumoi@example.vn");
        assertThat(sent.getValue().getText()).endsWith("/plans/1");
    }
}
