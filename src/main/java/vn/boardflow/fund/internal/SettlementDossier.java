package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.DossierKind;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.SettlementStep.Action;
import vn.boardflow.org.Actor;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;

/**
 * A ward's settlement dossier or advance against its allocation of one budget line: written by the ward while it is
 * with the ward, then taken step by step along its route ({@link DossierRoute}). It guards its own rules: only the
 * step its state and kind allow, an approval by someone who never sent it, an approved amount no higher than asked
 * (and a reason when lower, {@link LeaderApproval}), nothing changed once approved, and a follower (the dossier
 * clearing an advance, or correcting an approved dossier) only once the other has reached its place.
 */
@Entity
@Table(name = "settlement_dossier")
class SettlementDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private DossierOrigin origin;

    @Column(name = "budget_id", nullable = false, updatable = false)
    private long budgetId;

    @Column(name = "line_key", nullable = false, updatable = false)
    private int lineKey;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "body_unit_id", nullable = false, updatable = false)
    private long bodyUnitId;

    @Column(name = "ward_unit_id", nullable = false, updatable = false)
    private long wardUnitId;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Embedded
    private WrittenDossier written;

    @Embedded
    private DossierRoute route;

    @Embedded
    private LeaderApproval approval;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SettlementDossier() {
    }

    SettlementDossier(Budget budget, int lineKey, UnitId ward, DossierKind kind, SettlementContent content, Actor by,
                      Instant at) {
        this(DossierOrigin.opened(kind, by, at), budget.budgetId().value(), lineKey, budget.issuingBodyId().value(),
                budget.unitId().value(), ward.value(), budget.year(), content, by, at);
    }

    private SettlementDossier(DossierOrigin origin, long budgetId, int lineKey, long issuingBodyId, long bodyUnitId,
                              long wardUnitId, int year, SettlementContent content, Actor by, Instant at) {
        this.origin = origin;
        this.budgetId = budgetId;
        this.lineKey = lineKey;
        this.issuingBodyId = issuingBodyId;
        this.bodyUnitId = bodyUnitId;
        this.wardUnitId = wardUnitId;
        this.year = year;
        keep(content, by, at);
        this.route = DossierRoute.opened(by, at);
    }

    /**
     * The ward's next dossier on the same allocation: for an advance paid out, the dossier that clears it; for a
     * dossier at the end of its route, the one that corrects it, starting from its vouchers.
     */
    SettlementDossier follower(Actor by, Instant at) {
        boolean clears = kind() == DossierKind.ADVANCE;
        RuleViolation.require(clears ? status() == SettlementStatus.PAID : status() == SettlementStatus.CLOSED,
                clears ? "settlement.error.advanceNotPaid" : "settlement.error.notClosed");
        return new SettlementDossier(DossierOrigin.following(settlementId(), kind(), by, at), budgetId, lineKey,
                issuingBodyId, bodyUnitId, wardUnitId, year, clears ? content().settling() : content().correcting(),
                by, at);
    }

    /** The ward's new content, while the dossier is with the ward and nobody saved it since {@code expected}. */
    void write(long expected, SettlementContent content, Actor by, Instant at) {
        checkVersion(expected);
        RuleViolation.require(status().beingWritten(), "settlement.error.notWritable");
        keep(content, by, at);
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("settlement.error.changedMeanwhile");
        }
    }

    /**
     * Sent: a dossier to the secretariat the first time, an advance to the accountant; straight back to the
     * accountant after a return.
     */
    void submitted(Actor by, String actingFor, Instant at) {
        RuleViolation.require(status().beingWritten(), "settlement.error.notWritable");
        route.sent(by, at);
        SettlementStatus after = status() == SettlementStatus.RETURNED || kind() == DossierKind.ADVANCE
                ? SettlementStatus.RECEIVED : SettlementStatus.SUBMITTED;
        move(after, Action.SUBMITTED, by, actingFor, at, null, Map.of(), null);
    }

    /** Whether the user, or whoever they stand in for, ever sent it: such a one does not approve it. */
    boolean sentBy(String username, String actingFor) {
        return route.history().sentBy(username, actingFor);
    }

    void received(Actor by, String actingFor, Instant at) {
        RuleViolation.require(kind() == DossierKind.SETTLEMENT, "settlement.error.stepNotOpen");
        step(SettlementStatus.SUBMITTED, SettlementStatus.RECEIVED, Action.RECEIVED, by, actingFor, at, null);
    }

    /** Back to the ward, with what is wrong with the dossier and with each voucher. */
    void returned(Actor by, String actingFor, Instant at, String comment, Map<Integer, String> voucherComments) {
        RuleViolation.require(status() == SettlementStatus.RECEIVED, "settlement.error.stepNotOpen");
        boolean said = comment != null && !comment.isBlank()
                || voucherComments.values().stream().anyMatch(text -> text != null && !text.isBlank());
        RuleViolation.require(said, "settlement.error.returnCommentRequired");
        voucherComments.keySet().forEach(no -> RuleViolation.require(content().voucher(no).isPresent(),
                "settlement.error.voucherNotFound"));
        move(SettlementStatus.RETURNED, Action.RETURNED, by, actingFor, at, comment, voucherComments, null);
    }

    void checked(Actor by, String actingFor, Instant at, String comment) {
        step(SettlementStatus.RECEIVED, SettlementStatus.CHECKED, Action.CHECKED, by, actingFor, at, comment);
    }

    /** The leader sends it back to the accountant, who checks it again. */
    void sentBack(Actor by, String actingFor, Instant at, String comment) {
        RuleViolation.require(comment != null && !comment.isBlank(), "settlement.error.returnCommentRequired");
        step(SettlementStatus.CHECKED, SettlementStatus.RECEIVED, Action.SENT_BACK, by, actingFor, at, comment);
    }

    /**
     * Approved for {@code amount}: at most what was asked, with the reason when less; never by whoever sent it, nor
     * by whoever they stood in for.
     */
    void approved(Actor by, String actingFor, Instant at, Money amount, String reason) {
        RuleViolation.require(status() == SettlementStatus.CHECKED, "settlement.error.stepNotOpen");
        RuleViolation.require(!sentBy(by.username(), actingFor), "settlement.error.approverSubmitted");
        this.approval = new LeaderApproval(requested(), amount, reason, by.username(), at);
        move(SettlementStatus.APPROVED, Action.APPROVED, by, actingFor, at, reason, Map.of(), amount);
    }

    /** Paid: a dossier's approved amount, or an advance paid out to the ward, which then holds it until cleared. */
    void paid(Actor by, String actingFor, Instant at, String comment) {
        step(SettlementStatus.APPROVED, SettlementStatus.PAID, Action.PAID, by, actingFor, at, comment);
    }

    void closed(Actor by, String actingFor, Instant at) {
        RuleViolation.require(kind() == DossierKind.SETTLEMENT, "settlement.error.stepNotOpen");
        step(SettlementStatus.PAID, SettlementStatus.CLOSED, Action.CLOSED, by, actingFor, at, null);
    }

    /** The advance settled, by the approval of the dossier that clears it ({@code comment} names it). */
    void cleared(Actor by, String actingFor, Instant at, String comment) {
        RuleViolation.require(kind() == DossierKind.ADVANCE, "settlement.error.stepNotOpen");
        step(SettlementStatus.PAID, SettlementStatus.CLOSED, Action.CLEARED, by, actingFor, at, comment);
    }

    /** Its correction approved: it stays as it was, and counts no more. */
    void superseded(Actor by, String actingFor, Instant at, String comment) {
        step(SettlementStatus.CLOSED, SettlementStatus.CLOSED, Action.SUPERSEDED, by, actingFor, at, comment);
    }

    private void keep(SettlementContent content, Actor by, Instant at) {
        this.written = new WrittenDossier(content);
        this.updatedBy = by.username();
        this.updatedAt = at;
    }

    /** A step with nothing of its own to check, taken from the one place it may be taken from. */
    private void step(SettlementStatus from, SettlementStatus after, Action action, Actor by, String actingFor,
                      Instant at, String comment) {
        RuleViolation.require(status() == from, "settlement.error.stepNotOpen");
        move(after, action, by, actingFor, at, comment, Map.of(), null);
    }

    private void move(SettlementStatus after, Action action, Actor by, String actingFor, Instant at, String comment,
                      Map<Integer, String> voucherComments, Money amount) {
        this.updatedBy = by.username();
        this.updatedAt = at;
        route.move(after, action, by, actingFor, at, comment, voucherComments, amount);
    }

    SettlementId settlementId() {
        return SettlementId.of(id);
    }

    DossierKind kind() {
        return origin.kind();
    }

    /** The advance it clears or the dossier it corrects, if either. */
    Optional<SettlementId> replaces() {
        return origin.replaces();
    }

    BudgetId budgetId() {
        return BudgetId.of(budgetId);
    }

    int lineKey() {
        return lineKey;
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    UnitId bodyUnitId() {
        return UnitId.of(bodyUnitId);
    }

    UnitId wardUnitId() {
        return UnitId.of(wardUnitId);
    }

    int year() {
        return year;
    }

    SettlementStatus status() {
        return route.status();
    }

    Money requested() {
        return written.requested();
    }

    Money approvedAmount() {
        return approval == null ? null : approval.amount();
    }

    String approvalReason() {
        return approval == null ? null : approval.reason();
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    SettlementContent content() {
        return written.content();
    }

    List<SettlementStep> trail() {
        return route.steps();
    }

    DossierRoute route() {
        return route;
    }
}
