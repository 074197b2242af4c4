package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * The leader's approval of a dossier, as its columns keep it: for at most what was asked, with the reason when for
 * less; who approved and when.
 */
@Embeddable
class LeaderApproval {

    @Column(name = "approved_amount")
    private Long amount;

    @Column(name = "approval_reason")
    private String reason;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    protected LeaderApproval() {
    }

    LeaderApproval(Money requested, Money amount, String reason, String by, Instant at) {
        if (amount == null || amount.isNegative()) {
            throw new RuleViolation("settlement.error.approvedAmount");
        }
        if (amount.exceeds(requested)) {
            throw new RuleViolation("settlement.error.approvedOverRequested", requested.display());
        }
        boolean given = reason != null && !reason.isBlank();
        if (requested.exceeds(amount) && !given) {
            throw new RuleViolation("settlement.error.lowerNeedsReason");
        }
        this.amount = amount.dong();
        this.reason = given ? reason.strip() : null;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    Money amount() {
        return Money.of(amount);
    }

    /** Why less than asked was approved; {@code null} when all was. */
    String reason() {
        return reason;
    }
}
