package vn.boardflow.inspection.internal;

import vn.boardflow.document.Recipient;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/** Who receives an inspection's papers at a ward: its board, or the ward itself where it has none. */
final class WardBoards {

    private WardBoards() {
    }

    static Recipient of(OrgChart chart, UnitId wardId) {
        OrgUnit board = chart.child(wardId, UnitType.BOARD).or(() -> chart.unit(wardId)).orElseThrow();
        return Recipient.unit(board.id(), board.name());
    }
}
