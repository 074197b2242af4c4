package vn.boardflow.drafting;

import vn.boardflow.document.DocumentType;
import vn.boardflow.shared.RuleViolation;

/**
 * The way a body's documents of one type go to signature: one or two review steps in the drafting unit, then
 * the body's leader signs. Only a Công văn may skip the leader, where the body lets its secretariat sign it
 * (the last reviewer then signs it off, e.g. "TL. … CHÁNH VĂN PHÒNG").
 */
public record DraftRoute(int reviewSteps, boolean leaderSigns) {

    public static final DraftRoute STANDARD = new DraftRoute(1, true);

    public DraftRoute {
        if (reviewSteps < 1 || reviewSteps > 2) {
            throw new RuleViolation("draft.route.error.reviewSteps");
        }
    }

    /** Refuses a route the type may not take. */
    public DraftRoute checkedFor(DocumentType type) {
        if (!leaderSigns && type != DocumentType.CONG_VAN) {
            throw new RuleViolation("draft.route.error.leaderRequired");
        }
        return this;
    }
}
