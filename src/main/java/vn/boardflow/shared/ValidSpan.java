package vn.boardflow.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The days a rule set by a legal text applies: from the day it takes effect until the day before the text that
 * replaces it, open-ended while in force. Only the last day is ever written after the row is kept, so a case is
 * always judged by the rule of its own date.
 */
@Embeddable
public class ValidSpan {

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ValidSpan() {
    }

    public ValidSpan(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    /** The last day it applies, {@code null} while in force. */
    public LocalDate validTo() {
        return validTo;
    }

    public boolean inForceOn(LocalDate date) {
        return covers(validFrom, validTo, date);
    }

    /** Whether the days from the first to the last (open-ended when {@code null}) include that day. */
    public static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether a span starting that day would apply on a day this one does too. */
    public boolean overlapsFrom(LocalDate from) {
        return validTo == null || !validTo.isBefore(from);
    }

    /** Applies until that day and no longer; refused before its first day, with the caller's message. */
    public void closeOn(LocalDate lastDay, String refusalKey) {
        if (lastDay == null || lastDay.isBefore(validFrom)) {
            throw new RuleViolation(refusalKey);
        }
        this.validTo = lastDay;
    }
}
