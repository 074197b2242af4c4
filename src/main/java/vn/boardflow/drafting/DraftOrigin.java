package vn.boardflow.drafting;

import jakarta.persistence.Embeddable;
import vn.boardflow.shared.Ids;

/**
 * The feature that writes a draft on a screen of its own (an annual plan, an inspection round's papers): which
 * feature, which of its records, and the route of that screen. Such a draft travels the same route, with the
 * same versions and comments, as any other; only its feature changes what it says. Kept embedded, with the
 * holder naming the columns.
 *
 * @param feature   the feature's name, as its {@link DraftOwner} gives it
 * @param subjectId the feature's record the draft is of
 * @param route     where its content is written ("plans/12")
 */
@Embeddable
public record DraftOrigin(String feature, long subjectId, String route) {

    public DraftOrigin {
        if (feature == null || feature.isBlank() || route == null || route.isBlank()) {
            throw new IllegalArgumentException("a draft's origin names its feature and its screen");
        }
        Ids.requirePositive(subjectId, "the origin of a draft");
    }
}
