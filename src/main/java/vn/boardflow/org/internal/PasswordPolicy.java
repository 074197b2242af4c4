package vn.boardflow.org.internal;

import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.boardflow.org.UserAdministration;
import vn.boardflow.shared.RuleViolation;

/** Checks a new password and hashes it. Length is what makes a password strong, so that is what is asked. */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final PasswordEncoder encoder;

    PasswordPolicy(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String hashNew(String password, String username) {
        if (password == null || password.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("password.error.tooShort", UserAdministration.MIN_PASSWORD_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password.error.tooLong", MAX_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username)) {
            throw new RuleViolation("password.error.containsUsername");
        }
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }
}
