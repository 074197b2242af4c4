package vn.boardflow.org.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;

/** Locks an account for a while after repeated wrong passwords, so passwords cannot be guessed online. */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(UserAccountRepository users, AuditLog auditLog, Clock clock,
                  @Value("${boardflow.login.max-attempts:5}") int maxAttempts,
                  @Value("${boardflow.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(UserProfile.normalisedUsername(event.getAuthentication().getName()))
                .filter(account -> account.recordFailedLogin(maxAttempts, lockDuration, clock.instant()))
                .ifPresent(account -> auditLog.record(AuditRecord.of("user.locked", "User", account.id(), null,
                        null, Map.of("lockedUntil", account.lockedUntil().toString()))));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            users.findById(principal.userId()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
