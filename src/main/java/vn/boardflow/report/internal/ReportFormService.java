package vn.boardflow.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.report.ReportEvents.ReportFormSaved;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportForms.FormUnits;
import vn.boardflow.report.ReportForms;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ReportFormService implements ReportForms {

    private final ReportFormRepository forms;
    private final ReportFormVersionRepository versions;
    private final ReportRecords records;
    private final ReportAccess reportAccess;
    private final FormBodies bodies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportFormService(ReportFormRepository forms, ReportFormVersionRepository versions, ReportRecords records,
                      ReportAccess reportAccess, FormBodies bodies, CurrentUser currentUser,
                      ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.versions = versions;
        this.records = records;
        this.reportAccess = reportAccess;
        this.bodies = bodies;
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
                .filter(form -> reportAccess.accepts(form) || bodies.drafts(form)
                        || form.reportingUnits().stream().anyMatch(reportAccess::reportsFor))
                .map(form -> view(form, bodies.of(form)));
    }

    @Override
    @Transactional(readOnly = true)
    public FormDefinition proposal(IssuingBodyId issuingBodyId) {
        return bodies.proposal(bodies.drafted(issuingBodyId));
    }

    @Override
    @Transactional(readOnly = true)
    public FormUnits unitsOf(IssuingBodyId issuingBodyId) {
        return bodies.unitsOf(bodies.drafted(issuingBodyId));
    }

    @Override
    public ReportFormId create(IssuingBodyId issuingBodyId, FormDefinition definition) {
        bodies.requireWithin(bodies.drafted(issuingBodyId), definition);
        ReportForm form = forms.saveAndFlush(new ReportForm(issuingBodyId, definition.name(),
                definition.reportingUnits(), definition.acceptingUnit(), clock.instant(), me()));
        saveVersion(form, definition);
        return form.formId();
    }

    @Override
    public void revise(ReportFormId id, long version, FormDefinition definition) {
        ReportForm form = records.form(id);
        IssuingBodyView body = bodies.drafted(form.issuingBodyId());
        form.checkVersion(version);
        bodies.requireWithin(body, definition);
        form.revise(definition.name(), definition.reportingUnits(), definition.acceptingUnit());
        saveVersion(form, definition);
    }

    private void saveVersion(ReportForm form, FormDefinition definition) {
        versions.save(new ReportFormVersion(form.formId(), form.currentVersion(), definition.schedule(),
                definition.fields(), clock.instant(), me()));
        events.publishEvent(new ReportFormSaved(form.formId(), form.acceptingUnit(), form.name(),
                form.currentVersion()));
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
