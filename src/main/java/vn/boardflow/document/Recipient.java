package vn.boardflow.document;

import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * One line of a distribution list: a unit in the system (which then finds the document among its
 * incoming documents) or a recipient outside it, named in free text.
 */
public record Recipient(UnitId unitId, String label) {

    public Recipient {
        if (label == null || label.isBlank()) {
            throw new RuleViolation("distribution.error.labelRequired");
        }
        label = label.strip();
    }

    public static Recipient unit(UnitId unitId, String label) {
        return new Recipient(unitId, label);
    }

    public static Recipient outside(String label) {
        return new Recipient(null, label);
    }

    public boolean isUnit() {
        return unitId != null;
    }
}
