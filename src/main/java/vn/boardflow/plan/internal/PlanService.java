package vn.boardflow.plan.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.AuditLog;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.AnnualPlans;
import vn.boardflow.plan.PlanAction;
import vn.boardflow.plan.PlanContent;
import vn.boardflow.plan.PlanContent.TargetLine;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.plan.PlanSummary;
import vn.boardflow.plan.PlanView;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.workflow.TaskActions;
import vn.boardflow.workflow.Workflows;
import vn.boardflow.workflow.Workflows.CaseTask;
import vn.boardflow.workflow.Workflows.StartCase;

@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class PlanService implements AnnualPlans {

    static final String PROCESS_KEY = "annualPlan";

    private final AnnualPlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final CommentEntryRepository comments;
    private final PlanHistory history;
    private final IndicatorRepository indicators;
    private final IssuingBodies bodies;
    private final PlanWards planWards;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Workflows workflows;
    private final TaskActions taskActions;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanService(AnnualPlanRepository plans, PlanRevisionRepository revisions, CommentEntryRepository comments,
                PlanHistory history, IndicatorRepository indicators, IssuingBodies bodies, PlanWards planWards,
                Organisation organisation,
                AccessPolicy access, CurrentUser currentUser, UserDirectory users, Workflows workflows,
                TaskActions taskActions, AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.revisions = revisions;
        this.comments = comments;
        this.history = history;
        this.indicators = indicators;
        this.bodies = bodies;
        this.planWards = planWards;
        this.organisation = organisation;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.workflows = workflows;
        this.taskActions = taskActions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> search(PlanFilter filter, int offset, int limit) {
        Map<Long, IssuingBodyView> reachable = reachableBodies();
        if (reachable.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size,
                Sort.by(Sort.Order.desc("year"), Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        return plans.findAll(AnnualPlanRepository.matching(units(reachable), filter), page).stream()
                .map(plan -> new PlanSummary(plan.id(), plan.issuingBodyId(),
                        bodyName(reachable.get(plan.issuingBodyId())), plan.year(), plan.status(),
                        plan.content().summary(), plan.documentSymbol(), plan.updatedAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public int count(PlanFilter filter) {
        Map<Long, IssuingBodyView> reachable = reachableBodies();
        return reachable.isEmpty() ? 0
                : Math.toIntExact(plans.count(AnnualPlanRepository.matching(units(reachable), filter)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanView> find(long planId) {
        return plans.findById(planId).map(plan -> {
            checkReach(plan);
            return view(plan);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuingBodyView> draftingBodies() {
        return bodies.all().stream().filter(body -> access.can(Role.DRAFTER, body.unitId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ward> wards(long issuingBodyId) {
        return PlanWards.of(organisation.today(), body(issuingBodyId).unitId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardTarget> wardTargets() {
        return planWards.forUnits(access.ownUnits());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long issuingBodyId, int year) {
        access.requireActsIn(Role.DRAFTER, body(issuingBodyId).unitId());
        return !plans.current(issuingBodyId, year).isEmpty();
    }

    @Override
    public long create(NewPlan command) {
        IssuingBodyView body = body(command.issuingBodyId());
        access.requireActsIn(Role.DRAFTER, body.unitId());
        if (!plans.current(body.id(), command.year()).isEmpty()) {
            throw new RuleViolation("plan.error.exists", command.year());
        }
        PlanContent content = command.copyPreviousYear() ? copyOfPreviousYear(body, command.year())
                : PlanDrafts.blank(body, command.year(), activeIndicators());
        String me = currentUser.actor().username();
        AnnualPlan plan = plans.save(new AnnualPlan(body.id(), body.unitId(), command.year(), content, me,
                clock.instant()));
        String processInstanceId = workflows.start(new StartCase(PROCESS_KEY, "plan:" + plan.id(),
                PlanView.titleOf(plan.year()), body.unitId(),
                Map.of("planId", plan.id())));
        plan.startedAs(processInstanceId);
        history.record(plan, null, command.copyPreviousYear() ? "copied" : "created", null, null);
        auditLog.record(AuditRecord.of("plan.created", "AnnualPlan", plan.id(), plan.unitId(), null,
                Map.of("year", plan.year(), "body", body.abbreviation(), "copied", command.copyPreviousYear())));
        return plan.id();
    }

    private PlanContent copyOfPreviousYear(IssuingBodyView body, int year) {
        AnnualPlan previous = plans.current(body.id(), year - 1).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("plan.error.noPreviousYear", year - 1));
        return PlanDrafts.movedOn(previous.content(), year - 1, year);
    }

    @Override
    public long save(long planId, long version, PlanContent content) {
        AnnualPlan plan = load(planId);
        access.requireActsIn(Role.DRAFTER, plan.unitId());
        plan.checkVersion(version);
        PlanContent before = plan.content();
        plan.edit(PlanDrafts.checked(content), currentUser.actor().username(), clock.instant());
        plans.flush();
        auditLog.record(AuditRecord.of("plan.saved", "AnnualPlan", plan.id(), plan.unitId(),
                Map.of("version", version, "summary", before.summary()),
                Map.of("version", plan.version(), "summary", content.summary())));
        return plan.version();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanComment> comments(long planId) {
        checkReach(load(planId));
        List<CommentEntry> entries = comments.findByPlanIdOrderByWrittenAtAscIdAsc(planId);
        Map<String, String> names = users.fullNames(entries.stream().map(CommentEntry::author).toList());
        return entries.stream().map(entry -> new PlanComment(entry.id(), entry.writtenAt(), entry.author(),
                names.getOrDefault(entry.author(), entry.author()), entry.stage(), entry.body())).toList();
    }

    @Override
    public void comment(long planId, String text) {
        AnnualPlan plan = load(planId);
        checkReach(plan);
        CommentEntry entry = comments.save(new CommentEntry(planId, currentUser.actor().username(), plan.status(), text,
                clock.instant()));
        auditLog.record(AuditRecord.of("plan.commented", "AnnualPlan", planId, plan.unitId(), null,
                Map.of("comment", entry.body())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanEvent> history(long planId) {
        checkReach(load(planId));
        return history.of(planId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanChange> changesSincePreviousSubmission(long planId) {
        AnnualPlan plan = load(planId);
        checkReach(plan);
        List<PlanRevision> latest = revisions.findTop2ByPlanIdOrderByRevisionDesc(planId);
        if (latest.size() < 2) {
            return List.of();
        }
        Map<Long, String> wardNames = new LinkedHashMap<>();
        PlanWards.of(organisation.today(), plan.unitId()).forEach(ward -> wardNames.put(ward.unitId(), ward.name()));
        return PlanDiff.between(latest.get(1).content(), latest.get(0).content(), wardNames);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] diagram(long planId) {
        AnnualPlan plan = load(planId);
        checkReach(plan);
        if (plan.processInstanceId() == null) {
            throw new RuleViolation("plan.error.noProcess");
        }
        return workflows.diagram(plan.processInstanceId());
    }

    private PlanView view(AnnualPlan plan) {
        IssuingBodyView body = bodies.find(plan.issuingBodyId()).orElse(null);
        String creatorName = users.fullNames(List.of(plan.createdBy())).getOrDefault(plan.createdBy(), plan.createdBy());
        return new PlanView(plan.id(), plan.version(), plan.issuingBodyId(), bodyName(body), plan.unitId(), plan.year(),
                plan.status(), plan.content(), plan.createdBy(), creatorName, plan.createdAt(), plan.updatedAt(),
                plan.submissions(), plan.returnComment(), plan.documentId(), plan.documentSymbol(), plan.issuedOn(),
                allowed(plan));
    }

    /** What the user may do now: drafting needs the drafter role in the body, each step its open task. */
    private Set<PlanAction> allowed(AnnualPlan plan) {
        Set<PlanAction> allowed = EnumSet.noneOf(PlanAction.class);
        boolean drafter = access.can(Role.DRAFTER, plan.unitId());
        if (drafter && plan.status().editable()) {
            allowed.add(PlanAction.EDIT);
        }
        if (plan.processInstanceId() == null || plan.status() == PlanStatus.ISSUED
                || plan.status() == PlanStatus.CANCELLED) {
            return allowed;
        }
        for (CaseTask task : workflows.openTasks(plan.processInstanceId())) {
            if (!taskActions.mayAct(task.id())) {
                continue;
            }
            switch (task.key()) {
                case PlanTasks.DRAFT -> {
                    allowed.add(PlanAction.SUBMIT);
                    allowed.add(PlanAction.CANCEL);
                }
                case PlanTasks.REVIEW -> {
                    allowed.add(PlanAction.APPROVE);
                    allowed.add(PlanAction.RETURN);
                }
                case PlanTasks.SIGN_OFF -> {
                    allowed.add(PlanAction.SIGN_OFF);
                    allowed.add(PlanAction.RETURN);
                }
                case PlanTasks.ISSUE -> allowed.add(PlanAction.ISSUE);
                default -> {
                }
            }
        }
        if (plan.status() == PlanStatus.IN_REVIEW && drafter) {
            allowed.add(PlanAction.CANCEL);
        }
        return allowed;
    }

    private List<TargetLine> activeIndicators() {
        return indicators.findAllByOrderByPositionAscIdAsc().stream()
                .map(Indicator::view)
                .filter(indicator -> indicator.active())
                .map(indicator -> new TargetLine(indicator.id(), indicator.name(), indicator.unitOfMeasure(),
                        indicator.allocated(), 0, Map.of()))
                .toList();
    }

    private Map<Long, IssuingBodyView> reachableBodies() {
        Map<Long, IssuingBodyView> reachable = new LinkedHashMap<>();
        bodies.all().stream().filter(body -> access.canActIn(body.unitId()))
                .forEach(body -> reachable.put(body.id(), body));
        return reachable;
    }

    private static Collection<Long> units(Map<Long, IssuingBodyView> bodies) {
        return bodies.values().stream().map(IssuingBodyView::unitId).toList();
    }

    private IssuingBodyView body(long issuingBodyId) {
        return bodies.find(issuingBodyId).orElseThrow(() -> new RuleViolation("plan.error.bodyNotFound"));
    }

    private static String bodyName(IssuingBodyView body) {
        return body == null ? "" : body.nameOnOneLine();
    }

    private AnnualPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new RuleViolation("plan.error.notFound"));
    }

    private void checkReach(AnnualPlan plan) {
        access.requireActsIn(plan.unitId());
    }
}
