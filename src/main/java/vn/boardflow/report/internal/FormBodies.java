package vn.boardflow.report.internal;

import java.util.List;
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
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.AnnualPlans.Ward;
import vn.boardflow.plan.Indicators;
import vn.boardflow.report.ReportForms.FormDefinition;
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

    FormBodies(IssuingBodies bodies, AnnualPlans plans, Indicators indicators, Organisation organisation,
               AccessPolicy access) {
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
        return new FormDefinition("Báo cáo tháng kết quả thực hiện Đề án", ReportSchedule.monthlyDefault(), wards,
                body.unitId(), StandardForm.fields(indicators.list(false)));
    }

    /**
     * A body's form is reported on by units of the authority it belongs to (a city board's wards, a provincial
     * board's cities) and accepted by the body or a unit of it.
     */
    void requireWithin(IssuingBodyView body, FormDefinition definition) {
        OrgChart chart = organisation.today();
        UnitId authority = chart.unit(body.unitId()).map(OrgUnit::parentId).orElse(null);
        Set<UnitId> reach = chart.subtree(authority == null ? body.unitId() : authority);
        if (!definition.reportingUnits().stream().allMatch(unit -> reach.contains(unit) && !unit.equals(body.unitId()))) {
            throw new RuleViolation("report.error.unitOutsideBody");
        }
        if (definition.acceptingUnit() == null || !chart.subtree(body.unitId()).contains(definition.acceptingUnit())) {
            throw new RuleViolation("report.error.acceptingUnitOutsideBody");
        }
    }
}
