package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.OrgUnit;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportEvents.ReportFormSaved;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms;
import vn.boardflow.shared.RuleViolation;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ReportFormService implements ReportForms {

    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final ReportRecords records;
    private final ReportAccess reportAccess;
    private final IssuingBodies bodies;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportFormService(ReportFormRepository forms, ReportFormVersionRepository versions, ReportRecords records,
                      ReportAccess reportAccess, IssuingBodies bodies, Organisation organisation, AccessPolicy access,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.versions = versions;
        this.records = records;
        this.reportAccess = reportAccess;
        this.bodies = bodies;
        this.organisation = organisation;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportFormView> list() {
        Map<Long, IssuingBodyView> reachable = bodies.reachable().stream()
                .collect(Collectors.toMap(body -> body.id().value(), Function.identity()));
        return forms.findByIssuingBodyIdInOrderByIdAsc(reachable.keySet()).stream()
                .map(form -> view(form, reachable.get(form.issuingBodyId().value())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportFormView> find(ReportFormId id) {
        return forms.findById(id.value())
                .filter(form -> reportAccess.accepts(form) || access.can(Role.DRAFTER, bodyOf(form).unitId())
                        || form.reportingUnits().stream().anyMatch(reportAccess::reportsFor))
                .map(form -> view(form, bodyOf(form)));
    }

    @Override
    public ReportFormId create(IssuingBodyId issuingBodyId, FormDefinition definition) {
        IssuingBodyView body = bodies.find(issuingBodyId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        access.requireActsIn(Role.DRAFTER, body.unitId());
        requireWithin(body, definition);
        ReportForm form = forms.saveAndFlush(new ReportForm(issuingBodyId, definition.name(),
                definition.reportingUnits(), definition.acceptingUnit(), clock.instant(), me()));
        saveVersion(form, definition);
        return form.formId();
    }

    @Override
    public void revise(ReportFormId id, long version, FormDefinition definition) {
        ReportForm form = records.form(id);
        IssuingBodyView body = bodyOf(form);
        access.requireActsIn(Role.DRAFTER, body.unitId());
        form.checkVersion(version);
        requireWithin(body, definition);
        form.revise(definition.name(), definition.reportingUnits(), definition.acceptingUnit());
        saveVersion(form, definition);
    }

    private void saveVersion(ReportForm form, FormDefinition definition) {
        versions.save(new ReportFormVersion(form.formId(), form.currentVersion(), definition.schedule(),
                definition.fields(), clock.instant(), me()));
        events.publishEvent(new ReportFormSaved(form.formId(), form.acceptingUnit(), form.name(),
                form.currentVersion()));
    }

    /**
     * A body's form is reported on by units of the authority it belongs to (a city board's wards, a provincial
     * board's cities) and accepted by the body or a unit of it.
     */
    private void requireWithin(IssuingBodyView body, FormDefinition definition) {
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

    private IssuingBodyView bodyOf(ReportForm form) {
        return bodies.find(form.issuingBodyId()).orElseThrow();
    }

    private ReportFormView view(ReportForm form, IssuingBodyView body) {
        ReportFormVersion current = records.currentVersion(form);
        return new ReportFormView(form.formId(), form.issuingBodyId(), body.label(), form.currentVersion(),
                new FormDefinition(form.name(), current.schedule(), form.reportingUnits(), form.acceptingUnit(),
                        current.fields()), form.version());
    }

    private String me() {
        return currentUser.actor().username();
    }
}
