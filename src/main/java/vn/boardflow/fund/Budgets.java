package vn.boardflow.fund;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * A body's budgets (dự toán), one a year: its accountant or drafters write the lines and allocate them to the
 * wards; whoever acts in the body reads them.
 */
public interface Budgets {

    /** A new, empty budget of the year for the body; refused when the body has one. */
    BudgetId create(IssuingBodyId issuingBodyId, int year);

    Optional<BudgetView> find(BudgetId id);

    /** The budgets of the bodies the user acts in, the newest year first. */
    List<BudgetView> list();

    /**
     * Keeps the lines as written; refused with the first rule they break (an expense item not in force in the
     * year, more allocated than a line holds) or when someone saved the budget since {@code version} was read.
     */
    BudgetView save(BudgetId id, long version, BudgetContent content);

    /**
     * What the issued decisions on the budgets of the bodies above the user's wards give those wards, line by line,
     * the newest year first: a ward's officers see their own ward's and nothing of the others'.
     */
    List<WardAllocation> allocationsToMyWards();

    /** The bodies whose budgets the user writes: those where they are the accountant or a drafter. */
    List<IssuingBodyView> writableBodies();

    /**
     * The budget's Quyết định phân bổ kinh phí drafted from its lines as they stand, on the first step of the
     * document route: a new draft for the first decision and for each adjustment after one was issued, otherwise
     * the next version of the draft being written. Refused for a budget without lines.
     */
    DraftId draftDecision(BudgetId id);

    /**
     * @param content  the lines as written now
     * @param wards    the open wards below the body, which its lines may be allocated to
     * @param editable whether the user may change the lines now: they write the body's budgets, and its decision is
     *                 not on its way to a reviewer or the leader
     * @param status   where its decision's draft stands, {@code null} before the first is drafted
     * @param decision the last decision issued on it, {@code null} before the first
     * @param decided  the lines as that decision gave them, which the wards spend against; empty before
     */
    record BudgetView(BudgetId id, IssuingBodyId issuingBodyId, String bodyLabel, int year, BudgetContent content,
                      List<Ward> wards, boolean editable, long version, DraftId draftId, DraftStatus status,
                      DocumentRef decision, BudgetContent decided) {

        /** Whether the user may draft its decision now: they write it, it has lines, and no decision is on its way. */
        public boolean decisionDraftable() {
            return editable && !content.lines().isEmpty() && (status == null || status.closed());
        }

        public BudgetView {
            wards = List.copyOf(wards);
        }
    }

    record Ward(UnitId unitId, String name) {
    }

    /** @param lineKey the line's number in its budget, which a settlement against it names */
    record WardAllocation(BudgetId budgetId, int lineKey, int year, String bodyLabel, Ward ward, String activity,
                          String itemCode, Money allocated) {
    }
}
