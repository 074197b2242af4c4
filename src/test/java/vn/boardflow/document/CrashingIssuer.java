package vn.boardflow.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.Application;
import vn.boardflow.Logins;
import vn.boardflow.document.NumberingRegister.IssueNumber;

/**
 * The application in a JVM of its own, for {@link RegisterCrashTest}. {@code issue} sets up a fresh
 * body and issues numbers until it is killed; {@code once BODY CLERK} issues one number and exits. Each
 * number is printed after its transaction committed.
 */
public final class CrashingIssuer {

    static final LocalDate ISSUED_ON = LocalDate.of(2026, 9, 1);

    private CrashingIssuer() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        String[] springArgs = Arrays.copyOfRange(args, mode.equals("once") ? 3 : 1, args.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(springArgs);
        UserDetailsService userDetails = context.getBean(UserDetailsService.class);
        NumberingRegister register = context.getBean(NumberingRegister.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        if (mode.equals("issue")) {
            FreshIssuingBody body = FreshIssuingBody.create(context, FormatProfile.STATE, NumberingScheme.ONE_SEQUENCE);
            System.out.println("BODY " + body.bodyId() + " " + body.clerk());
            Logins.as(userDetails, body.clerk());
            while (true) {
                issue(register, transactions, body.bodyId());
            }
        }
        Logins.as(userDetails, args[2]);
        issue(register, transactions, IssuingBodyId.of(Long.parseLong(args[1])));
        context.close();
        System.exit(0);
    }

    private static void issue(NumberingRegister register, TransactionTemplate transactions, IssuingBodyId bodyId) {
        RegisterEntryView entry = transactions.execute(status -> register.issue(new IssueNumber(bodyId,
                DocumentType.CONG_VAN, ISSUED_ON, "V/v thử khởi động lại", "Phạm Quốc Bảo", "VP", List.of("Các phường"),
                1, null)));
        System.out.println("ISSUED " + entry.number());
        System.out.flush();
    }
}
