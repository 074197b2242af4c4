package vn.boardflow.fund;

import java.util.List;
import java.util.Map;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.shared.Money;

/**
 * The body's steps on a ward's settlement dossier, each checked on the server, completing its step of the
 * {@code settlement} process and kept in the dossier's history and the audit log: the secretariat receives it,
 * the accountant checks it, the leader approves it, the accountant pays it and closes it. {@code version} is the
 * dossier's as the user read it: a step on a dossier changed since is refused.
 */
public interface SettlementReview {

    /** The body's dossiers waiting for the user's step, with what each one's checks find. */
    List<SettlementSummary> queue();

    void receive(SettlementId id, long version);

    /** Back to the ward with a comment, and one per voucher it is about; at least one of them. */
    void returnToWard(SettlementId id, long version, String comment, Map<Integer, String> voucherComments);

    void pass(SettlementId id, long version, String comment);

    /** Back to the accountant, with the reason. */
    void sendBack(SettlementId id, long version, String comment);

    /** Approved for {@code amount}, at most what was asked; the reason is needed when less. */
    void approve(SettlementId id, long version, Money amount, String reason);

    void pay(SettlementId id, long version, String comment);

    void close(SettlementId id, long version);
}
