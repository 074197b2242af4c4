package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.Budgets.Ward;
import vn.boardflow.fund.Budgets.WardAllocation;
import vn.boardflow.fund.Budgets;
import vn.boardflow.fund.ExpenseItems;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.Role;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/** Budgets written by a body's accountant or drafters, read by whoever acts in the body. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class BudgetService implements Budgets {

    private static final List<Role> WRITERS = List.of(Role.ACCOUNTANT, Role.DRAFTER);

    private final BudgetRepository budgets;
    private final ExpenseItems items;
    private final IssuingBodies bodies;
    private final AccessPolicy access;
    private final CurrentUser currentUser;
    private final Organisation organisation;
    private final BudgetRoute route;
    private final WardOfficers wardOfficers;
    private final Clock clock;

    BudgetService(BudgetRepository budgets, ExpenseItems items, IssuingBodies bodies, AccessPolicy access,
                  CurrentUser currentUser, Organisation organisation, BudgetRoute route, WardOfficers wardOfficers,
                  Clock clock) {
        this.wardOfficers = wardOfficers;
        this.organisation = organisation;
        this.route = route;
        this.budgets = budgets;
        this.items = items;
        this.bodies = bodies;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public BudgetId create(IssuingBodyId issuingBodyId, int year) {
        IssuingBodyView body = bodies.find(issuingBodyId)
                .orElseThrow(() -> new RuleViolation("issuingBody.error.notFound"));
        AccessPolicy.require(writes(body));
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("fund.error.year");
        }
        if (budgets.existsByIssuingBodyIdAndYear(issuingBodyId.value(), year)) {
            throw new RuleViolation("fund.error.budgetExists", year);
        }
        return budgets.save(new Budget(issuingBodyId, body.unitId(), year, me(), clock.instant())).budgetId();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BudgetView> find(BudgetId id) {
        return budgets.findById(id.value()).filter(budget -> access.canActIn(budget.unitId()))
                .map(budget -> view(budget, bodies.find(budget.issuingBodyId()).orElseThrow()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BudgetView> list() {
        Map<Long, IssuingBodyView> reachable = bodies.reachable().stream()
                .collect(Collectors.toMap(body -> body.id().value(), Function.identity()));
        return budgets.findByIssuingBodyIdInOrderByYearDescIdAsc(reachable.keySet()).stream()
                .map(budget -> view(budget, reachable.get(budget.issuingBodyId().value()))).toList();
    }

    @Override
    public BudgetView save(BudgetId id, long version, BudgetContent content) {
        Budget budget = budgets.findById(id.value()).orElseThrow(() -> new RuleViolation("fund.error.budgetNotFound"));
        IssuingBodyView body = bodies.find(budget.issuingBodyId()).orElseThrow();
        AccessPolicy.require(writes(body));
        LocalDate yearStart = LocalDate.of(budget.year(), 1, 1);
        for (BudgetLine line : content.lines()) {
            if (items.find(line.itemCode(), yearStart).isEmpty()) {
                throw new RuleViolation("fund.error.itemNotInForce", line.itemCode(), budget.year());
            }
        }
        budget.write(version, content, me(), clock.instant());
        budgets.flush();
        route.carry(budget);
        return view(budget, body);
    }

    @Override
    public DraftId draftDecision(BudgetId id) {
        Budget budget = budgets.findById(id.value()).orElseThrow(() -> new RuleViolation("fund.error.budgetNotFound"));
        AccessPolicy.require(writes(bodies.find(budget.issuingBodyId()).orElseThrow()));
        if (!budget.writable()) {
            throw new RuleViolation("fund.error.budgetOnRoute");
        }
        route.draft(budget);
        return budget.draftId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WardAllocation> allocationsToMyWards() {
        OrgChart chart = organisation.today();
        Set<UnitId> wards = wardOfficers.myWards();
        Set<UnitId> aboveWards = new HashSet<>();
        wards.forEach(ward -> chart.ancestors(ward).forEach(unit -> aboveWards.add(unit.id())));
        Map<Long, IssuingBodyView> above = new HashMap<>();
        bodies.all().stream().filter(body -> aboveWards.contains(body.unitId()))
                .forEach(body -> above.put(body.id().value(), body));
        List<WardAllocation> rows = new ArrayList<>();
        for (Budget budget : budgets.findByIssuingBodyIdInOrderByYearDescIdAsc(above.keySet())) {
            IssuingBodyView body = above.get(budget.issuingBodyId().value());
            for (BudgetLine line : budget.decided().lines()) {
                for (UnitId ward : wards) {
                    if (!line.allocationOf(ward).isZero()) {
                        rows.add(new WardAllocation(budget.budgetId(), line.key(), budget.year(), body.label(),
                                new Ward(ward, chart.nameOf(ward)), line.activity(), line.itemCode(),
                                line.allocationOf(ward)));
                    }
                }
            }
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuingBodyView> writableBodies() {
        return bodies.all().stream().filter(this::writes).toList();
    }

    private boolean writes(IssuingBodyView body) {
        return WRITERS.stream().anyMatch(role -> access.can(role, body.unitId()));
    }

    private BudgetView view(Budget budget, IssuingBodyView body) {
        return new BudgetView(budget.budgetId(), budget.issuingBodyId(), body.label(), budget.year(), budget.content(),
                BodyWards.of(organisation.today(), body.unitId()), writes(body) && budget.writable(),
                budget.version(), budget.draftId(), budget.status(), budget.decision(), budget.decided());
    }

    private String me() {
        return currentUser.actor().username();
    }
}
