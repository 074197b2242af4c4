package vn.boardflow.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.plan.PlanApproval;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.PlanView;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.Notices;
import vn.boardflow.workflow.Notices.Notice;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;
import vn.boardflow.workflow.Workflows.CaseTask;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class PlanApprovalService implements PlanApproval {

    private final AnnualPlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanHistory history;
    private final Workflows workflows;
    private final TaskActions taskActions;
    private final DocumentIssuance issuance;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Notices notices;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanApprovalService(AnnualPlanRepository plans, PlanRevisionRepository revisions, PlanHistory history,
                        Workflows workflows, TaskActions taskActions, DocumentIssuance issuance,
                        Organisation organisation, AccessPolicy access, CurrentUser currentUser, Notices notices,
                        AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.history = history;
        this.workflows = workflows;
        this.taskActions = taskActions;
        this.issuance = issuance;
        this.organisation = organisation;
        this.access = access;
        this.currentUser = currentUser;
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void submit(long planId, long version) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(Role.DRAFTER, plan.unitId());
        plan.checkVersion(version);
        PlanStatus before = plan.status();
        int submission = plan.submit(me(), clock.instant());
        revisions.save(new PlanRevision(plan.id(), submission, plan.contentJson(), clock.instant(), me()));
        Optional<String> actingFor = complete(plan, PlanTasks.DRAFT, PlanTasks.SUBMIT);
        step(plan, before, "submitted", actingFor, null);
    }

    @Override
    public void cancel(long planId, String reason) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(Role.DRAFTER, plan.unitId());
        PlanStatus before = plan.status();
        plan.cancel(me(), clock.instant());
        Optional<String> actingFor = Optional.empty();
        if (before == PlanStatus.IN_REVIEW) {
            workflows.sendMessage(plan.processInstanceId(), PlanTasks.WITHDRAWN_MESSAGE);
        } else {
            actingFor = complete(plan, PlanTasks.DRAFT, PlanTasks.CANCEL);
        }
        step(plan, before, "cancelled", actingFor, reason);
    }

    @Override
    public void approve(long planId, String comment) {
        AnnualPlan plan = load(planId);
        PlanStatus before = plan.status();
        plan.approve(me(), clock.instant());
        step(plan, before, "approved", complete(plan, PlanTasks.REVIEW, PlanTasks.APPROVE), comment);
    }

    @Override
    public void returnToDrafter(long planId, String comment) {
        AnnualPlan plan = load(planId);
        PlanStatus before = plan.status();
        String taskKey = before == PlanStatus.AWAITING_SIGNATURE ? PlanTasks.SIGN_OFF : PlanTasks.REVIEW;
        plan.returnToDrafter(comment, me(), clock.instant());
        step(plan, before, "returned", complete(plan, taskKey, PlanTasks.RETURN), comment);
        notices.send(List.of(plan.createdBy()), new Notice("notice.planReturned",
                List.of(PlanView.titleOf(plan.year()), currentUser.actor().fullName(), plan.returnComment()),
                "plans/" + plan.id()));
    }

    @Override
    public void signOff(long planId, String comment) {
        AnnualPlan plan = load(planId);
        PlanStatus before = plan.status();
        plan.signOff(me(), clock.instant());
        step(plan, before, "signed", complete(plan, PlanTasks.SIGN_OFF, PlanTasks.APPROVE), comment);
    }

    @Override
    public IssuedDocumentView issue(long planId, LocalDate issuedOn) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(Role.CLERK, plan.unitId());
        if (plan.status() != PlanStatus.AWAITING_ISSUANCE) {
            throw new RuleViolation("plan.error.notAwaitingIssuance");
        }
        if (issuedOn == null) {
            throw new RuleViolation("plan.error.issueDateRequired");
        }
        OrgChart chart = organisation.today();
        IssuedDocumentView document = issuance.issue(PlanDocument.issue(plan.issuingBodyId(), plan.year(),
                plan.content(), PlanWards.of(chart, plan.unitId()), chart.draftingUnitOf(plan.unitId()).orElse(null),
                issuedOn));
        PlanStatus before = plan.status();
        plan.issued(document.id(), document.symbol(), issuedOn, me(), clock.instant());
        step(plan, before, "issued", complete(plan, PlanTasks.ISSUE, PlanTasks.APPROVE), document.symbol());
        notices.send(List.of(plan.createdBy()), new Notice("notice.planIssued",
                List.of(PlanView.titleOf(plan.year()), document.symbol()), "plans/" + plan.id()));
        return document;
    }

    /**
     * Completes the plan's open task of this step for the user, who must be able to act on it (its
     * assignee, a holder of its role in the plan's body, or their substitute).
     */
    private Optional<String> complete(AnnualPlan plan, String taskKey, String outcome) {
        CaseTask task = workflows.openTasks(plan.processInstanceId()).stream()
                .filter(open -> open.key().equals(taskKey)).findFirst()
                .orElseThrow(() -> new RuleViolation("plan.error.changedMeanwhile"));
        return taskActions.complete(task.id(), Map.of(PlanTasks.OUTCOME, outcome));
    }

    private void step(AnnualPlan plan, PlanStatus before, String action, Optional<String> actingFor, String comment) {
        history.record(plan, before, action, actingFor.orElse(null), comment);
        AuditRecord record = AuditRecord.of("plan." + action, "AnnualPlan", plan.id(), plan.unitId(),
                Map.of("status", before.name()), comment == null || comment.isBlank()
                        ? Map.of("status", plan.status().name())
                        : Map.of("status", plan.status().name(), "comment", comment.strip()));
        auditLog.record(actingFor.map(record::actingFor).orElse(record));
    }

    private AnnualPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new RuleViolation("plan.error.notFound"));
    }

    private String me() {
        return currentUser.actor().username();
    }
}
