package vn.boardflow.org.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.boardflow.shared.RuleViolation;

/** The descriptive fields of a user, validated where they are made. */
record UserProfile(String username, String fullName, String jobTitle, String email, String phone) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");

    UserProfile {
        username = normalisedUsername(username);
        fullName = fullName == null ? "" : fullName.strip();
        jobTitle = blankToNull(jobTitle);
        email = blankToNull(email);
        phone = blankToNull(phone);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("user.error.usernameInvalid");
        }
        if (fullName.isEmpty()) {
            throw new RuleViolation("user.error.fullNameRequired");
        }
        if (fullName.length() > 120 || (jobTitle != null && jobTitle.length() > 120)) {
            throw new RuleViolation("user.error.tooLong", 120);
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation("user.error.emailInvalid");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("user.error.phoneInvalid");
        }
    }

    /** User names are stored in lower case, so "DuThao" signs in as "duthao". */
    static String normalisedUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
