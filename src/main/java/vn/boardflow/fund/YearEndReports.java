package vn.boardflow.fund;

import java.util.List;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.fund.SettlementPapers.Paper;
import vn.boardflow.shared.Money;

/**
 * A decided budget's year-end settlement (quyết toán kinh phí): line by line and ward by ward, what was allocated,
 * what the approved dossiers settled, what is still on its way, what the wards hold as advances and what is left;
 * drafted as the body's Báo cáo quyết toán kinh phí on the document route, and as an Excel workbook. Read by
 * whoever reads the budget, drafted by its writers.
 */
public interface YearEndReports {

    YearEnd of(BudgetId id);

    /** The report's draft from the figures as they stand: a new one, or the next version of the one being written. */
    DraftId draft(BudgetId id);

    /** The two tables as sheets of a workbook. */
    Paper spreadsheet(BudgetId id);

    /**
     * @param draftId  the report's draft, {@code null} before it is drafted
     * @param document the report once issued
     */
    record YearEnd(int year, String bodyName, List<LineFigures> lines, List<WardFigures> wards, DraftId draftId,
                   DraftStatus status, DocumentRef document) {

        public YearEnd {
            lines = List.copyOf(lines);
            wards = List.copyOf(wards);
        }

        public Money settled() {
            return lines.stream().map(LineFigures::settled).reduce(Money.ZERO, Money::plus);
        }

        public Money advanced() {
            return lines.stream().map(LineFigures::advanced).reduce(Money.ZERO, Money::plus);
        }
    }

    /**
     * @param pending  what dossiers sent and not yet approved ask
     * @param advanced what the wards hold of advances paid and not yet settled
     */
    record LineFigures(BudgetLine line, Money settled, Money pending, Money advanced) {

        /** What the wards were given and have neither settled nor taken as an advance, and what the body kept. */
        public Money remaining() {
            return line.amount().minus(settled).minus(advanced);
        }
    }

    record WardFigures(Ward ward, Money allocated, Money settled, Money pending, Money advanced) {

        public Money remaining() {
            return allocated.minus(settled).minus(advanced);
        }
    }
}
