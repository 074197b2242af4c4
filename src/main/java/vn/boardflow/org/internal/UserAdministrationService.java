package vn.boardflow.org.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Translations;

@Service
@Transactional
class UserAdministrationService implements UserAdministration {

    private final UserAccountRepository users;
    private final PasswordPolicy passwords;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    UserAdministrationService(UserAccountRepository users, PasswordPolicy passwords, CurrentUser currentUser,
                              AuditLog auditLog, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public long create(NewUser command) {
        UserProfile profile = new UserProfile(command.username(), command.fullName(), command.jobTitle(),
                command.email(), command.phone());
        if (users.existsByUsername(profile.username())) {
            throw new RuleViolation("user.error.usernameTaken", profile.username());
        }
        String hash = passwords.hashNew(command.password(), profile.username());
        UserAccount account = users.saveAndFlush(new UserAccount(profile, hash, clock.instant()));
        audit("user.created", account, null);
        return account.id();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void update(UpdateUser command) {
        UserAccount account = load(command.userId());
        if (account.version() != command.version()) {
            throw new RuleViolation("error.concurrentChange");
        }
        Map<String, Object> before = state(account);
        account.update(new UserProfile(account.username(), command.fullName(), command.jobTitle(), command.email(),
                command.phone()));
        users.flush();
        audit("user.updated", account, before);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long userId, boolean active) {
        UserAccount account = load(userId);
        if (!active && account.id() == currentUser.actor().userId()) {
            throw new RuleViolation("user.error.deactivateSelf");
        }
        if (account.isActive() == active) {
            return;
        }
        Map<String, Object> before = state(account);
        account.setActive(active);
        users.flush();
        audit(active ? "user.activated" : "user.deactivated", account, before);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long userId, String newPassword) {
        UserAccount account = load(userId);
        account.changePassword(passwords.hashNew(newPassword, account.username()));
        audit("user.passwordReset", account, null);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = load(currentUser.actor().userId());
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("password.error.currentWrong");
        }
        account.changePassword(passwords.hashNew(newPassword, account.username()));
        audit("user.passwordChanged", account, null);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void setOwnLanguage(String languageTag) {
        String supported = Translations.supported(Locale.forLanguageTag(languageTag)).getLanguage();
        load(currentUser.actor().userId()).setPreferredLanguage(supported);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String ownLanguage() {
        return users.findById(currentUser.actor().userId()).map(UserAccount::preferredLanguage).orElse(null);
    }

    private UserAccount load(long userId) {
        return users.findById(userId).orElseThrow(() -> new RuleViolation("user.error.notFound"));
    }

    private static Map<String, Object> state(UserAccount account) {
        UserProfile profile = account.profile();
        Map<String, Object> state = new HashMap<>();
        state.put("username", profile.username());
        state.put("fullName", profile.fullName());
        state.put("jobTitle", profile.jobTitle());
        state.put("email", profile.email());
        state.put("phone", profile.phone());
        state.put("active", account.isActive());
        return state;
    }

    private void audit(String action, UserAccount account, Map<String, Object> before) {
        auditLog.record(AuditRecord.of(action, "User", account.id(), null, before, state(account)));
    }
}
