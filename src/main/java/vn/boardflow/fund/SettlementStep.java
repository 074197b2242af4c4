package vn.boardflow.fund;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import vn.boardflow.shared.Money;

/**
 * One step of a dossier's history: who took it (for whom, when standing in), when, where it left the dossier, and
 * what they said: a comment, the accountant's comment on each voucher it was returned for, the amount approved.
 *
 * @param actingFor       user name of the colleague the actor stood in for, {@code null} otherwise
 * @param voucherComments comments by voucher number, for a return
 * @param amount          the amount approved, for an approval; {@code null} otherwise
 */
public record SettlementStep(Action action, SettlementStatus after, String actor, String actorName, String actingFor,
                             Instant at, String comment, Map<Integer, String> voucherComments, Money amount) {

    public SettlementStep {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        TreeMap<Integer, String> kept = new TreeMap<>();
        if (voucherComments != null) {
            voucherComments.forEach((no, text) -> {
                if (text != null && !text.isBlank()) {
                    kept.put(no, text.strip());
                }
            });
        }
        voucherComments = Collections.unmodifiableMap(kept);
    }

    public enum Action {
        OPENED, SUBMITTED, RECEIVED, RETURNED, CHECKED, SENT_BACK, APPROVED, PAID, CLOSED,
        /** An advance settled by its dossier's approval. */
        CLEARED,
        /** A dossier whose correction was approved: the correction counts instead. */
        SUPERSEDED;

        public String messageKey() {
            return "settlement.step." + name();
        }
    }
}
