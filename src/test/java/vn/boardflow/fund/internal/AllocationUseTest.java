package vn.boardflow.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.internal.AllocationUse.Row;
import vn.boardflow.fund.internal.AllocationUse.Use;
import vn.boardflow.shared.Money;

class AllocationUseTest {

    @Test
    void anOpenAdvanceCountsAsAdvancedUntilItsDossierIsApproved() {
        Row advance = row(1, DossierKind.ADVANCE, null, SettlementStatus.PAID, 10_000_000, 8_000_000L);
        assertThat(use(advance)).isEqualTo(new Use(Money.ZERO, Money.ZERO, Money.of(8_000_000)));

        Row clearing = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.RECEIVED, 6_000_000, null);
        assertThat(use(advance, clearing)).as("the larger of the two while the dossier is on its way")
                .isEqualTo(new Use(Money.ZERO, Money.of(6_000_000), Money.of(2_000_000)));

        Row overspent = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.RECEIVED, 9_500_000, null);
        assertThat(use(advance, overspent).total()).isEqualTo(Money.of(9_500_000));

        Row cleared = row(1, DossierKind.ADVANCE, null, SettlementStatus.CLOSED, 10_000_000, 8_000_000L);
        Row approved = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.APPROVED, 6_000_000, 5_500_000L);
        assertThat(use(cleared, approved)).isEqualTo(new Use(Money.of(5_500_000), Money.ZERO, Money.ZERO));
    }

    @Test
    void aCorrectionReplacesWhatItCorrectsOnceApproved() {
        Row original = row(1, DossierKind.SETTLEMENT, null, SettlementStatus.CLOSED, 4_000_000, 4_000_000L);
        Row writing = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.DRAFT, 3_000_000, null);
        assertThat(use(original, writing).total()).as("nothing counted for a dossier being written")
                .isEqualTo(Money.of(4_000_000));
        Row sent = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.RECEIVED, 3_000_000, null);
        assertThat(use(original, sent).total()).isEqualTo(Money.of(4_000_000));
        Row approved = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.CLOSED, 3_000_000, 3_000_000L);
        assertThat(use(original, approved)).isEqualTo(new Use(Money.of(3_000_000), Money.ZERO, Money.ZERO));
    }

    @Test
    void elsewhereIsWhatTheOthersCountWithTheDossierJudgedAtItsAmount() {
        Row advance = row(1, DossierKind.ADVANCE, null, SettlementStatus.PAID, 10_000_000, 10_000_000L);
        Row clearing = row(2, DossierKind.SETTLEMENT, 1L, SettlementStatus.DRAFT, 0, null);
        Row other = row(3, DossierKind.SETTLEMENT, null, SettlementStatus.CLOSED, 1_000_000, 1_000_000L);
        List<Row> rows = List.of(advance, clearing, other);
        assertThat(AllocationUse.elsewhere(rows, 2, Money.of(7_000_000))).isEqualTo(Money.of(4_000_000));
        assertThat(AllocationUse.elsewhere(rows, 2, Money.of(12_000_000))).isEqualTo(Money.of(1_000_000));
        assertThat(AllocationUse.elsewhere(rows, 3, Money.of(1_000_000))).isEqualTo(Money.of(10_000_000));
    }

    private static Use use(Row... rows) {
        return AllocationUse.byAllocation(List.of(rows)).values().stream().reduce(Use.NONE, Use::plus);
    }

    private static Row row(long id, DossierKind kind, Long replaces, SettlementStatus status, long requested,
                           Long approved) {
        return new Row(id, kind, replaces, 1, 7, status, Money.of(requested), approved == null ? null
                : Money.of(approved));
    }
}
