package vn.boardflow.plan;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.plan.PlanContent.TargetLine;

/**
 * The targets a body's issued plan of a year set, as later features measure against them (a ward's monthly report
 * beside its share, the city's total). An issued plan was sent to its wards, so its targets are read without a
 * check of their own; the caller has checked that the user may see the unit it shows them for.
 */
public interface IssuedTargets {

    /** The body's issued plan of the year, if there is one. */
    Optional<YearTargets> of(IssuingBodyId issuingBodyId, int year);

    /** The plan's target lines, each with the shares of its wards when it is allocated. */
    record YearTargets(PlanId planId, int year, String documentSymbol, List<TargetLine> lines) {

        public YearTargets {
            lines = List.copyOf(lines);
        }

        public Optional<TargetLine> line(long indicatorId) {
            return lines.stream().filter(line -> line.indicatorId() == indicatorId).findFirst();
        }
    }
}
