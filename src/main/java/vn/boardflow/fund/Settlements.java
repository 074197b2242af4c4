package vn.boardflow.fund;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * Settlement dossiers (hồ sơ thanh quyết toán) as a ward writes them: opened against the ward's allocation of a line
 * of an issued budget, its vouchers entered with their scans and photos, checked, and sent. A ward's officers see
 * their own ward's dossiers; the accountant, the secretariat and the leaders of the body see the body's.
 */
public interface Settlements {

    /** A new dossier or advance against the ward's allocation of the budget's line, with nothing spent yet. */
    SettlementId open(OpenDossier command);

    /**
     * The ward's next dossier after this one: for an advance paid out, the dossier that clears it; for an approved
     * dossier, the dossier that corrects it, starting from its vouchers. Either replaces the other once approved.
     */
    SettlementId follow(SettlementId id);

    Optional<SettlementView> find(SettlementId id);

    /** The dossiers the user may read, the latest changed first: their wards', or their bodies'. */
    List<SettlementSummary> mine();

    /** Keeps what the ward wrote; refused once sent, and when someone saved the dossier since {@code version}. */
    SettlementView save(SettlementId id, long version, SettlementContent content);

    /** The dossier's process diagram as PNG, its current step highlighted; empty before it is first sent. */
    Optional<byte[]> diagram(SettlementId id);

    /**
     * Sends the dossier on its route once the checks find nothing blocking; refused with the first blocking finding
     * otherwise. A dossier returned to the ward goes back to the accountant.
     */
    void submit(SettlementId id, long version);

    /**
     * @param budgetId the issued budget whose line the ward settles against
     * @param lineKey  the line's number in the budget
     */
    record OpenDossier(BudgetId budgetId, int lineKey, UnitId wardUnitId, String title, DossierKind kind) {

        public OpenDossier(BudgetId budgetId, int lineKey, UnitId wardUnitId, String title) {
            this(budgetId, lineKey, wardUnitId, title, DossierKind.SETTLEMENT);
        }
    }

    /**
     * A dossier as its page shows it to the signed-in user.
     *
     * @param allocation  what the ward was given on the line, as decided
     * @param elsewhere   what the ward's other dossiers on the same allocation ask, or were approved for
     * @param comments    the accountant's comments by voucher, from the last return, while the ward puts it right
     * @param findings    what the checks find in it now
     * @param actions     what the user may do with it now
     * @param replaces    the advance it clears or the dossier it corrects, {@code null} for neither
     * @param replacedBy  the dossier that clears or corrects it, {@code null} before there is one
     */
    record SettlementView(SettlementId id, DossierKind kind, BudgetId budgetId, int lineKey, int year,
                          String bodyLabel, String activity, Ward ward, SettlementContent content,
                          SettlementStatus status, Link replaces, Link replacedBy,
                          Money allocation, Money elsewhere, Money approvedAmount, String approvalReason,
                          Map<Integer, String> comments, List<Attachment> attachments,
                          List<SettlementFinding> findings, List<SettlementStep> trail, Set<SettlementAction> actions,
                          String processInstanceId, long version) {

        public SettlementView {
            comments = Map.copyOf(comments);
            attachments = List.copyOf(attachments);
            findings = List.copyOf(findings);
            trail = List.copyOf(trail);
            actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
        }

        public boolean may(SettlementAction action) {
            return actions.contains(action);
        }

        /** What is left of the allocation once this dossier and the others are settled. */
        public Money left() {
            return allocation.minus(elsewhere).minus(content.spent());
        }

        public List<Attachment> attachmentsOf(int voucherNo) {
            return attachments.stream().filter(attachment -> attachment.voucherNo() == voucherNo).toList();
        }

        /** How the advance it clears stands against what it settles; empty when it clears none. */
        public Optional<Clearing> clearing() {
            if (replaces == null || replaces.kind() != DossierKind.ADVANCE) {
                return Optional.empty();
            }
            return Optional.of(new Clearing(replaces.amount(), approvedAmount != null ? approvedAmount
                    : content.requested()));
        }
    }

    /**
     * Another dossier of the ward this one is linked to.
     *
     * @param amount what it was approved for, or asks while not yet approved
     */
    record Link(SettlementId id, DossierKind kind, String title, SettlementStatus status, Money amount) {
    }

    /**
     * An advance cleared: what the ward received, what it spent as settled, and the difference either way.
     */
    record Clearing(Money received, Money spent) {

        /** What the ward pays back, when it spent less than it received. */
        public Money refund() {
            return received.exceeds(spent) ? received.minus(spent) : Money.ZERO;
        }

        /** What the body pays the ward on top, when it spent more. */
        public Money toPay() {
            return spent.exceeds(received) ? spent.minus(received) : Money.ZERO;
        }
    }

    /** @param blocking how many blocking findings the checks have now; @param warnings how many warnings */
    record SettlementSummary(SettlementId id, DossierKind kind, int year, String title, String activity, Ward ward,
                             Money requested,
                             SettlementStatus status, Instant updatedAt, int blocking, int warnings,
                             List<SettlementFinding> findings) {

        public SettlementSummary {
            findings = List.copyOf(findings);
        }
    }

    record Attachment(long id, int voucherNo, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    record AttachedFile(String fileName, String contentType, byte[] content) {
    }
}
