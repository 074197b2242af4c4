package vn.boardflow.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.org.UnitType;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.Indicators;
import vn.boardflow.report.ReportForms.FormDefinition;
import vn.boardflow.report.ReportForms.FormUnits;
import vn.boardflow.report.ReportSchedule;
import vn.boardflow.shared.RuleViolation;

/** The body a form belongs to: who keeps its forms, where its units may be, and what a new form starts with. */
@Component
class FormBodies {

    private final IssuingBodies bodies;
    private final AnnualPlans plans;
    private final Indicators indicators;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final ReportFormRepository forms;

    FormBodies(IssuingBodies bodies, AnnualPlans plans, Indicators indicators, Organisation organisation,
               AccessPolicy access, ReportFormRepository forms) {
        this.forms = forms;
        this.bodies = bodies;
        this.plans = plans;
        this.indicators = indicators;
        this.organisation = organisation;
        this.access = access;
    }

    /** The body, for one of its drafters (its secretariat) about to keep its forms. */
    IssuingBodyView drafted(IssuingBodyId issuingBodyId) {
        IssuingBodyView body = bodies.find(issuingBodyId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireActsIn(Role.DRAFTER, body.unitId());
        return body;
    }

    IssuingBodyView of(ReportForm form) {
        return bodies.find(form.issuingBodyId()).orElseThrow();
    }

    List<IssuingBodyView> reachable() {
        return bodies.reachable();
    }

    boolean drafts(ReportForm form) {
        return access.can(Role.DRAFTER, of(form).unitId());
    }

    FormDefinition proposal(IssuingBodyView body) {
        List<UnitId> wards = plans.wards(body.id()).stream().map(Ward::unitId).toList();
        UnitId secretariat = organisation.today().children(body.unitId()).stream()
                .filter(unit -> unit.type() == UnitType.SECRETARIAT).map(OrgUnit::id).findFirst().orElse(body.unitId());
        return new FormDefinition("Báo cáo tháng kết quả thực hiện Đề án", ReportSchedule.monthlyDefault(),
                wards.isEmpty() ? boardsWithForms(body) : wards, secretariat,
                StandardForm.fields(indicators.list(false)));
    }

    /** The units of the bodies below the body's authority that keep report forms themselves. */
    private List<UnitId> boardsWithForms(IssuingBodyView body) {
        Set<UnitId> reach = reach(organisation.today(), body);
        Map<Long, UnitId> below = new HashMap<>();
        bodies.all().stream().filter(other -> reach.contains(other.unitId()) && !other.unitId().equals(body.unitId()))
                .forEach(other -> below.put(other.id().value(), other.unitId()));
        return forms.findByIssuingBodyIdInOrderByIdAsc(below.keySet()).stream()
                .map(form -> below.get(form.issuingBodyId().value())).distinct().toList();
    }

    FormUnits unitsOf(IssuingBodyView body) {
        OrgChart chart = organisation.today();
        Set<UnitId> reach = reach(chart, body);
        Set<UnitId> own = chart.subtree(body.unitId());
        return new FormUnits(chart.inTreeOrder().stream()
                .filter(unit -> reach.contains(unit.id()) && !unit.id().equals(body.unitId())).toList(),
                chart.inTreeOrder().stream().filter(unit -> own.contains(unit.id())).toList());
    }

    /**
     * A body's form is reported on by units of the authority it belongs to (a city board's wards, a provincial
     * board's cities) and accepted by the body or a unit of it.
     */
    void requireWithin(IssuingBodyView body, FormDefinition definition) {
        OrgChart chart = organisation.today();
        Set<UnitId> reach = reach(chart, body);
        if (!definition.reportingUnits().stream().allMatch(unit -> reach.contains(unit) && !unit.equals(body.unitId()))) {
            throw new RuleViolation("report.error.unitOutsideBody");
        }
        if (definition.acceptingUnit() == null || !chart.subtree(body.unitId()).contains(definition.acceptingUnit())) {
            throw new RuleViolation("report.error.acceptingUnitOutsideBody");
        }
    }

    private static Set<UnitId> reach(OrgChart chart, IssuingBodyView body) {
        UnitId authority = chart.unit(body.unitId()).map(OrgUnit::parentId).orElse(null);
        return chart.subtree(authority == null ? body.unitId() : authority);
    }
}
