package vn.boardflow.org.internal;

import java.util.regex.Pattern;
import vn.boardflow.shared.RuleViolation;

/** A unit's full name, short name and the abbreviation used in document symbols (BTC.ĐACN). */
record UnitNames(String name, String shortName, String abbreviation) {

    /** Symbols read "01/KH-BTC.ĐACN", so an abbreviation may not hold a slash or a space. */
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}.\\-]{1,40}");

    UnitNames {
        name = name == null ? "" : name.strip();
        shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
        abbreviation = abbreviation == null || abbreviation.isBlank() ? null : abbreviation.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("unit.error.nameRequired");
        }
        if (name.length() > 300) {
            throw new RuleViolation("unit.error.nameTooLong", 300);
        }
        if (shortName.length() > 120) {
            throw new RuleViolation("unit.error.shortNameTooLong", 120);
        }
        if (abbreviation != null && !ABBREVIATION.matcher(abbreviation).matches()) {
            throw new RuleViolation("unit.error.abbreviationInvalid");
        }
    }
}
