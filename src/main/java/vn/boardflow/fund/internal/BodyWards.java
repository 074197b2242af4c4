package vn.boardflow.fund.internal;

import java.util.List;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;

/** The open wards below a body, which its budget's lines are shared out to, as the org chart orders them. */
final class BodyWards {

    private BodyWards() {
    }

    static List<Ward> of(OrgChart chart, UnitId bodyUnit) {
        return chart.below(bodyUnit, UnitType.WARD).stream().map(ward -> new Ward(ward.id(), ward.name())).toList();
    }
}
