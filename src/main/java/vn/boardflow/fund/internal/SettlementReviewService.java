package vn.boardflow.fund.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.FundEvents.SettlementStepTaken;
import vn.boardflow.fund.SettlementAction;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementReview;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.Settlements.SettlementSummary;
import vn.boardflow.org.Actor;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.Money;

/**
 * The body's steps on a dossier, each one the same way: the user's role in the body checked, the dossier's
 * version compared, the process's task completed as the user (for whom they stand in), the dossier's own rule
 * applied, the step heard by the audit log.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class SettlementReviewService implements SettlementReview {

    /** Where a dossier waits for one of the body's steps. */
    private static final Set<SettlementStatus> BODY_STEPS = EnumSet.of(SettlementStatus.SUBMITTED,
            SettlementStatus.RECEIVED, SettlementStatus.CHECKED, SettlementStatus.APPROVED, SettlementStatus.PAID);

    private final SettlementDossierRepository dossiers;
    private final SettlementAccess access;
    private final SettlementFacts facts;
    private final SettlementFlow flow;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettlementReviewService(SettlementDossierRepository dossiers, SettlementAccess access, SettlementFacts facts,
                            SettlementFlow flow, CurrentUser currentUser, ApplicationEventPublisher events,
                            Clock clock) {
        this.dossiers = dossiers;
        this.access = access;
        this.facts = facts;
        this.flow = flow;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SettlementSummary> queue() {
        return facts.summaries(dossiers.findByBodyUnitIdInAndRouteStatusInOrderByUpdatedAtDescIdDesc(
                access.bodiesReached(), BODY_STEPS).stream().filter(dossier -> !access.actions(dossier).isEmpty())
                .toList(), true);
    }

    @Override
    public void receive(SettlementId id, long version) {
        take(id, version, SettlementAction.RECEIVE, SettlementFlow.RECEIVE, Map.of(),
                step -> step.dossier.received(step.actor, step.actingFor, step.at));
    }

    @Override
    public void returnToWard(SettlementId id, long version, String comment, Map<Integer, String> voucherComments) {
        take(id, version, SettlementAction.CHECK, SettlementFlow.CHECK, Map.of(SettlementFlow.OUTCOME, "return"),
                step -> step.dossier.returned(step.actor, step.actingFor, step.at, comment, voucherComments));
    }

    @Override
    public void pass(SettlementId id, long version, String comment) {
        take(id, version, SettlementAction.CHECK, SettlementFlow.CHECK, Map.of(SettlementFlow.OUTCOME, "pass"),
                step -> step.dossier.checked(step.actor, step.actingFor, step.at, comment));
    }

    @Override
    public void sendBack(SettlementId id, long version, String comment) {
        take(id, version, SettlementAction.APPROVE, SettlementFlow.APPROVE,
                Map.of(SettlementFlow.OUTCOME, "sendBack"),
                step -> step.dossier.sentBack(step.actor, step.actingFor, step.at, comment));
    }

    /** Approving the dossier that clears an advance clears it; approving a correction supersedes what it corrects. */
    @Override
    public void approve(SettlementId id, long version, Money amount, String reason) {
        take(id, version, SettlementAction.APPROVE, SettlementFlow.APPROVE, Map.of(SettlementFlow.OUTCOME, "approve"),
                step -> {
                    step.dossier.approved(step.actor, step.actingFor, step.at, amount, reason);
                    step.dossier.replaces().flatMap(replaced -> dossiers.findById(replaced.value()))
                            .ifPresent(replaced -> replacedBy(replaced, step));
                });
    }

    private void replacedBy(SettlementDossier replaced, Step step) {
        SettlementStatus before = replaced.status();
        String by = step.dossier.content().title();
        if (replaced.kind() == DossierKind.ADVANCE) {
            replaced.cleared(step.actor, step.actingFor, step.at, by);
        } else {
            replaced.superseded(step.actor, step.actingFor, step.at, by);
        }
        events.publishEvent(new SettlementStepTaken(replaced.settlementId(), replaced.wardUnitId(), before,
                replaced.trail().getLast()));
    }

    @Override
    public void pay(SettlementId id, long version, String comment) {
        take(id, version, SettlementAction.PAY, SettlementFlow.PAY, Map.of(),
                step -> step.dossier.paid(step.actor, step.actingFor, step.at, comment));
    }

    @Override
    public void close(SettlementId id, long version) {
        take(id, version, SettlementAction.CLOSE, SettlementFlow.CLOSE, Map.of(),
                step -> step.dossier.closed(step.actor, step.actingFor, step.at));
    }

    /**
     * The task is completed first, which tells for whom the user stands in; a step the dossier's rule then refuses
     * rolls the completion back with it, both being one transaction.
     */
    private void take(SettlementId id, long version, SettlementAction action, String taskKey,
                      Map<String, Object> variables, Consumer<Step> rule) {
        SettlementDossier dossier = access.forStep(id, action);
        dossier.checkVersion(version);
        SettlementStatus before = dossier.status();
        String actingFor = flow.complete(dossier, taskKey, variables).orElse(null);
        rule.accept(new Step(dossier, currentUser.actor(), actingFor, clock.instant()));
        events.publishEvent(new SettlementStepTaken(id, dossier.wardUnitId(), before, dossier.trail().getLast()));
    }

    private record Step(SettlementDossier dossier, Actor actor, String actingFor, Instant at) {
    }
}
