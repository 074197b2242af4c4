package vn.boardflow.report.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;

/**
 * Who reports for a unit, who accepts a form's reports, and who reads them, for the signed-in user; the steps of
 * a period's process are offered to the same people.
 */
@Component
class ReportAccess {

    private final AccessPolicy access;
    private final Organisation organisation;

    ReportAccess(AccessPolicy access, Organisation organisation) {
        this.access = access;
        this.organisation = organisation;
    }

    /** A ward's officers report for their ward, a body's drafters for their body (see {@link ReportPeople}). */
    boolean reportsFor(UnitId unitId) {
        return ReportPeople.wardLevel(organisation.today(), unitId) ? officersWards().contains(unitId)
                : access.can(Role.DRAFTER, unitId);
    }

    /** The units whose reports the user writes: their wards, and the units they belong to. */
    Set<UnitId> ownReportingUnits() {
        Set<UnitId> units = new HashSet<>(officersWards());
        units.addAll(access.ownUnits());
        units.removeIf(unit -> !reportsFor(unit));
        return units;
    }

    /** The officers of the accepting unit (its drafters and reviewers) return and accept its reports. */
    boolean accepts(ReportForm form) {
        return access.can(Role.DRAFTER, form.acceptingUnit()) || access.can(Role.REVIEWER, form.acceptingUnit());
    }

    /** Those who write or accept the report, and whoever acts in its unit (the leaders above it read it). */
    boolean reads(ReportForm form, UnitId unitId) {
        return reportsFor(unitId) || accepts(form) || access.canActIn(unitId);
    }

    /** Those who accept the form's reports, and whoever acts above them (a board's leaders, a province), read them all. */
    boolean readsAll(ReportForm form) {
        return accepts(form) || access.canActIn(form.acceptingUnit());
    }

    void requireReportsFor(UnitId unitId) {
        AccessPolicy.require(reportsFor(unitId));
    }

    void requireAccepts(ReportForm form) {
        AccessPolicy.require(accepts(form));
    }

    private Set<UnitId> officersWards() {
        return organisation.today().nearestLocal(access.unitsWhere(Role.WARD_OFFICER));
    }
}
