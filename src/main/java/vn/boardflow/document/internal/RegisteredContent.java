package vn.boardflow.document.internal;

import java.util.List;
import vn.boardflow.shared.RuleViolation;

/** What the register says of a document besides its number, checked before a number is spent on it. */
record RegisteredContent(String summary, String signer, List<String> recipients, int copies, String keptBy) {

    static final int MAX_RECIPIENTS_TEXT = 4000;

    RegisteredContent {
        summary = required(summary, 1000, "register.error.summaryRequired");
        signer = required(signer, 120, "register.error.signerRequired");
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        if (String.join("\n", recipients).length() > MAX_RECIPIENTS_TEXT) {
            throw new RuleViolation("register.error.recipientsTooLong", MAX_RECIPIENTS_TEXT);
        }
        if (copies < 1) {
            throw new RuleViolation("register.error.copiesRequired");
        }
        keptBy = keptBy == null || keptBy.isBlank() ? null : keptBy.strip();
    }

    /** Recipients are kept one per line. */
    String recipientsText() {
        return String.join("\n", recipients);
    }

    private static String required(String value, int maxLength, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(missingKey);
        }
        if (value.strip().length() > maxLength) {
            throw new RuleViolation("register.error.tooLong", maxLength);
        }
        return value.strip();
    }
}
