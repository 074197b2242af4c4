package vn.boardflow.fund.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.shared.Money;

/**
 * What a ward's dossiers count against its allocations, by one rule for every sum the application shows and checks:
 * a dossier counts what it asks from its sending and what it was approved for once approved, nothing while the ward
 * writes it; an advance counts as advanced from its approval until it is cleared. A dossier that replaces another
 * (clearing an advance, or correcting an approved dossier) counts together with it no more than the larger of the
 * two until it is approved; from then on only it counts.
 */
final class AllocationUse {

    private AllocationUse() {
    }

    /**
     * One dossier's amounts as the database sums them.
     *
     * @param replaces the dossier it clears or corrects, {@code null} for neither
     * @param approved {@code null} until it is approved
     */
    record Row(long id, DossierKind kind, Long replaces, int lineKey, long wardUnitId, SettlementStatus status,
               Money requested, Money approved) {

        /** A row read as {@code [id, kind, replaces, lineKey, wardUnitId, status, requested, approved]}. */
        static Row of(Object[] row) {
            return new Row(((Number) row[0]).longValue(), (DossierKind) row[1],
                    row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).intValue(),
                    ((Number) row[4]).longValue(), (SettlementStatus) row[5], Money.of(((Number) row[6]).longValue()),
                    row[7] == null ? null : Money.of(((Number) row[7]).longValue()));
        }

        /** The same dossier as if sent asking {@code amount}: how a dossier being written is judged. */
        Row asking(Money amount) {
            return new Row(id, kind, replaces, lineKey, wardUnitId, SettlementStatus.SUBMITTED, amount, null);
        }

        Allocation allocation() {
            return new Allocation(lineKey, wardUnitId);
        }
    }

    record Allocation(int lineKey, long wardUnitId) {
    }

    record Use(Money settled, Money pending, Money advanced) {

        static final Use NONE = new Use(Money.ZERO, Money.ZERO, Money.ZERO);

        Money total() {
            return settled.plus(pending).plus(advanced);
        }

        Use plus(Use other) {
            return new Use(settled.plus(other.settled), pending.plus(other.pending), advanced.plus(other.advanced));
        }

        /** Less {@code amount}, taken from wherever it counts, never below nothing. */
        private Use less(Money amount) {
            Money left = total().exceeds(amount) ? total().minus(amount) : Money.ZERO;
            if (!settled.isZero()) {
                return new Use(left, Money.ZERO, Money.ZERO);
            }
            return pending.isZero() ? new Use(Money.ZERO, Money.ZERO, left) : new Use(Money.ZERO, left, Money.ZERO);
        }
    }

    /** What the rows count, allocation by allocation. */
    static Map<Allocation, Use> byAllocation(List<Row> rows) {
        Map<Allocation, Use> sums = new LinkedHashMap<>();
        counted(rows).forEach((row, use) -> sums.merge(row.allocation(), use, Use::plus));
        return sums;
    }

    /**
     * What the allocation's other dossiers count against it, the dossier {@code id} being judged as asking
     * {@code amount} until it is approved (what an advance or dossier it replaces still counts beyond that amount
     * is counted here); {@code rows} are the allocation's.
     */
    static Money elsewhere(List<Row> rows, long id, Money amount) {
        List<Row> judged = rows.stream()
                .map(row -> row.id() == id && !row.status().approved() ? row.asking(amount) : row).toList();
        return counted(judged).entrySet().stream().filter(entry -> entry.getKey().id() != id)
                .map(entry -> entry.getValue().total()).reduce(Money.ZERO, Money::plus);
    }

    private static Map<Row, Use> counted(List<Row> rows) {
        Map<Long, Row> byId = new HashMap<>();
        Map<Row, Use> uses = new LinkedHashMap<>();
        for (Row row : rows) {
            byId.put(row.id(), row);
            uses.put(row, own(row));
        }
        for (Row row : rows) {
            Row replaced = row.replaces() == null ? null : byId.get(row.replaces());
            if (replaced != null) {
                uses.put(replaced, row.status().approved() ? Use.NONE
                        : uses.get(replaced).less(own(row).total()));
            }
        }
        return uses;
    }

    private static Use own(Row row) {
        if (row.status().pending()) {
            return new Use(Money.ZERO, row.requested(), Money.ZERO);
        }
        boolean approved = row.status().approved();
        if (row.kind() == DossierKind.ADVANCE) {
            boolean open = approved && row.status() != SettlementStatus.CLOSED;
            return open ? new Use(Money.ZERO, Money.ZERO, row.approved()) : Use.NONE;
        }
        return approved ? new Use(row.approved(), Money.ZERO, Money.ZERO) : Use.NONE;
    }
}
