package vn.boardflow.report;

import java.util.regex.Pattern;

/**
 * One thing a form asks its units for: a plan target's actual, another figure that is not a target (members of the
 * chi hội nhà trọ in total, activities held), or a text section of the report (II. Đánh giá, III. Phương hướng).
 *
 * @param key         the field's name within its form, kept from version to version so that a year's figures
 *                    add up across them: a target's is {@code "i"} and the indicator's id
 * @param indicatorId the catalogue's indicator a target field reports on, {@code null} for the others
 * @param unit        what a figure counts ("chi hội", "người"), empty for a section
 * @param tally       how a figure adds up over the year, {@code null} for a section
 * @param required    whether a section must be written before the report is sent; every figure must be
 */
public record FormField(String key, Kind kind, Long indicatorId, String label, String unit, Tally tally,
                        boolean required) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** What the field holds. */
    public enum Kind { TARGET, FIGURE, SECTION }

    /**
     * How a figure adds up: monthly figures (new members this month) are summed over the year; a level (chi hội
     * maintained) is reported as it stands, and the latest counts.
     */
    public enum Tally { SUM, LEVEL }

    public FormField {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a field key is lower-case letters, digits and dashes: " + key);
        }
        if (kind == null || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a field has a kind and a label");
        }
        if ((kind == Kind.TARGET) != (indicatorId != null)) {
            throw new IllegalArgumentException("a target field, and only one, names its indicator");
        }
        if ((kind == Kind.SECTION) != (tally == null)) {
            throw new IllegalArgumentException("a figure, and only a figure, has a tally");
        }
        label = label.strip();
        unit = unit == null ? "" : unit.strip();
        required = kind != Kind.SECTION || required;
    }

    public static FormField target(long indicatorId, String label, String unit, Tally tally) {
        return new FormField("i" + indicatorId, Kind.TARGET, indicatorId, label, unit, tally, true);
    }

    public static FormField figure(String key, String label, String unit, Tally tally) {
        return new FormField(key, Kind.FIGURE, null, label, unit, tally, true);
    }

    public static FormField section(String key, String title, boolean required) {
        return new FormField(key, Kind.SECTION, null, title, "", null, required);
    }

    public boolean numeric() {
        return kind != Kind.SECTION;
    }
}
