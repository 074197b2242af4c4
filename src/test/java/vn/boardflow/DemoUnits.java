package vn.boardflow;

import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitType;

/** Finds units of the demo organisation by name. */
public final class DemoUnits {

    private DemoUnits() {
    }

    public static OrgUnit named(Organisation organisation, String name) {
        return organisation.today().inTreeOrder().stream()
                .filter(unit -> unit.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit named " + name));
    }

    public static OrgUnit wardBoard(Organisation organisation, String ward) {
        OrgUnit board = named(organisation, "Ban Tổ chức Đề án phường " + ward);
        if (board.type() != UnitType.BOARD) {
            throw new AssertionError(ward + " board has type " + board.type());
        }
        return board;
    }

    public static OrgUnit cityBoard(Organisation organisation) {
        return named(organisation, "Ban Tổ chức Đề án đoàn kết tập hợp TNCN");
    }
}
