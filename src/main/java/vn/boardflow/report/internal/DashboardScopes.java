package vn.boardflow.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportDashboards.DashboardForm;
import vn.boardflow.report.ReportDashboards.UnitName;

/**
 * Whose figures of a form the user may see on its dashboard: every unit's for those who accept its reports and for
 * those who act above them (a board's leaders, a province over its cities); their own unit's for its officers.
 */
@Component
class DashboardScopes {

    private final ReportFormRepository forms;
    private final ReportRecords records;
    private final IssuingBodies bodies;
    private final ReportAccess access;
    private final Organisation organisation;
    private final UnitReportRepository reports;

    DashboardScopes(ReportFormRepository forms, ReportRecords records, IssuingBodies bodies, ReportAccess access,
                    Organisation organisation, UnitReportRepository reports) {
        this.reports = reports;
        this.forms = forms;
        this.records = records;
        this.bodies = bodies;
        this.access = access;
        this.organisation = organisation;
    }

    /** The forms of the bodies the user works for, and those their own units report on. */
    List<DashboardForm> all() {
        Map<Long, ReportForm> candidates = new LinkedHashMap<>();
        forms.findByIssuingBodyIdInOrderByIdAsc(bodies.reachable().stream().map(body -> body.id().value()).toList())
                .forEach(form -> candidates.put(form.formId().value(), form));
        access.ownReportingUnits().forEach(unit -> forms.reportedOnBy(unit.value())
                .forEach(form -> candidates.putIfAbsent(form.formId().value(), form)));
        return candidates.values().stream().map(this::of).flatMap(Optional::stream).toList();
    }

    Optional<DashboardForm> of(ReportForm form) {
        boolean wholeBody = access.readsAll(form);
        List<UnitId> units = wholeBody ? form.reportingUnits()
                : form.reportingUnits().stream().filter(access::reportsFor).toList();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        OrgChart chart = organisation.today();
        IssuingBodyView body = bodies.find(form.issuingBodyId()).orElseThrow();
        return Optional.of(new DashboardForm(form.formId(), form.name(), body.label(),
                records.currentVersion(form).schedule().periodType(),
                units.stream().map(unit -> new UnitName(unit, chart.nameOf(unit))).toList(), wholeBody,
                reports.latestAcceptedYear(form.formId().value())));
    }
}
