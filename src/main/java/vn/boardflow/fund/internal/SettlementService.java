package vn.boardflow.fund.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.BudgetLine;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.FundEvents.SettlementStepTaken;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementFinding;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.Settlements;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * The ward's side of a settlement: a dossier or an advance opened against an allocation of an issued budget (or a
 * dossier following an earlier one), written, and sent once its checks find nothing blocking; the first sending of
 * the dossier that clears an advance is the ward's step of settling it. Sending locks the budget, so that two
 * dossiers sent at once against the last đồng of an allocation are checked one after the other and the second is
 * refused.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class SettlementService implements Settlements {

    private final SettlementDossierRepository dossiers;
    private final BudgetRepository budgets;
    private final SettlementAccess access;
    private final SettlementFacts facts;
    private final VoucherRecords records;
    private final SettlementFlow flow;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettlementService(SettlementDossierRepository dossiers, BudgetRepository budgets, SettlementAccess access,
                      SettlementFacts facts, VoucherRecords records, SettlementFlow flow, CurrentUser currentUser,
                      ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.budgets = budgets;
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.flow = flow;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SettlementId open(OpenDossier command) {
        Budget budget = budgets.findById(command.budgetId().value())
                .orElseThrow(() -> new RuleViolation("fund.error.budgetNotFound"));
        AccessPolicy.require(access.isOfficerOf(command.wardUnitId()));
        if (budget.decision() == null) {
            throw new RuleViolation("settlement.error.budgetNotDecided");
        }
        BudgetLine line = budget.decided().line(command.lineKey())
                .orElseThrow(() -> new RuleViolation("settlement.error.lineNotFound"));
        if (line.allocationOf(command.wardUnitId()).isZero()) {
            throw new RuleViolation("settlement.error.notAllocated", line.activity());
        }
        return opened(new SettlementDossier(budget, command.lineKey(), command.wardUnitId(), command.kind(),
                SettlementContent.start(command.title() == null || command.title().isBlank() ? line.activity()
                        : command.title()), currentUser.actor(), clock.instant()));
    }

    @Override
    public SettlementId follow(SettlementId id) {
        SettlementDossier earlier = access.writable(id);
        if (dossiers.followerOf(id.value()).isPresent()) {
            throw new RuleViolation("settlement.error.alreadyFollowed");
        }
        SettlementDossier next = earlier.follower(currentUser.actor(), clock.instant());
        SettlementId opened = opened(next);
        if (earlier.kind() == DossierKind.SETTLEMENT) {
            records.copyScans(earlier, next);
        }
        return opened;
    }

    private SettlementId opened(SettlementDossier opened) {
        SettlementDossier dossier = dossiers.save(opened);
        events.publishEvent(new SettlementStepTaken(dossier.settlementId(), dossier.wardUnitId(), null,
                dossier.trail().getLast()));
        return dossier.settlementId();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SettlementView> find(SettlementId id) {
        return dossiers.findById(id.value()).filter(access::reads)
                .map(dossier -> facts.view(dossier, access.actions(dossier)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SettlementSummary> mine() {
        List<SettlementDossier> found = new ArrayList<>(
                dossiers.findByWardUnitIdInOrderByUpdatedAtDescIdDesc(UnitId.valuesOf(access.myWards())));
        dossiers.findByBodyUnitIdInOrderByUpdatedAtDescIdDesc(access.bodiesReached()).stream()
                .filter(dossier -> !found.contains(dossier) && access.reads(dossier)).forEach(found::add);
        return facts.summaries(found, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> diagram(SettlementId id) {
        SettlementDossier dossier = access.readable(id);
        return Optional.ofNullable(dossier.route().processInstanceId()).map(flow::diagram);
    }

    @Override
    public SettlementView save(SettlementId id, long version, SettlementContent content) {
        SettlementDossier dossier = access.writable(id);
        dossier.write(version, content, currentUser.actor(), clock.instant());
        dossiers.flush();
        return facts.view(dossier, access.actions(dossier));
    }

    @Override
    public void submit(SettlementId id, long version) {
        SettlementDossier dossier = access.writable(id);
        dossier.checkVersion(version);
        budgets.lockById(dossier.budgetId().value());
        facts.findings(dossier).stream().filter(SettlementFinding::blocking).findFirst().ifPresent(finding -> {
            throw new RuleViolation(finding.messageKey(), finding.arguments().toArray());
        });
        records.settleInvoicesOf(dossier);
        SettlementStatus before = dossier.status();
        Actor me = currentUser.actor();
        String actingFor = null;
        if (dossier.route().processInstanceId() == null) {
            flow.start(dossier);
            dossier.replaces().flatMap(replaced -> dossiers.findById(replaced.value()))
                    .ifPresent(advance -> flow.settled(advance));
        } else {
            actingFor = flow.complete(dossier, SettlementFlow.REVISE, Map.of()).orElse(null);
        }
        dossier.submitted(me, actingFor, clock.instant());
        events.publishEvent(new SettlementStepTaken(id, dossier.wardUnitId(), before, dossier.trail().getLast()));
    }
}
