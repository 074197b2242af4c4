package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.SettlementId;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.SettlementStep.Action;
import vn.boardflow.org.Actor;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;
import vn.boardflow.shared.VietnameseDates;

/**
 * A ward's settlement dossier against its allocation of one budget line: written by the ward while it is with the
 * ward, then taken step by step along its route, each step kept in its history. It guards its own rules: only the
 * step its state allows, an approval by someone who never sent it, an approved amount no higher than asked (and a
 * reason when lower, {@link LeaderApproval}), and nothing changed once approved.
 */
@Entity
@Table(name = "settlement_dossier")
class SettlementDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "trail_json", nullable = false)
    private String trailJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SettlementStatus status;

    @Embedded
    private LeaderApproval approval;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SettlementDossier() {
    }

    SettlementDossier(Budget budget, int lineKey, UnitId ward, SettlementContent content, Actor by, Instant at) {
        this.budgetId = budget.budgetId().value();
        this.lineKey = lineKey;
        this.issuingBodyId = budget.issuingBodyId().value();
        this.bodyUnitId = budget.unitId().value();
        this.wardUnitId = ward.value();
        this.year = budget.year();
        this.status = SettlementStatus.DRAFT;
        this.trailJson = StoredJson.write(DossierTrail.EMPTY);
        this.createdBy = by.username();
        this.createdAt = at;
        keep(content, by, at);
        record(Action.OPENED, by, null, at, null, Map.of(), null);
    }

    /** The ward's new content, while the dossier is with the ward and nobody saved it since {@code expected}. */
    void write(long expected, SettlementContent content, Actor by, Instant at) {
        checkVersion(expected);
        require(status.beingWritten(), "settlement.error.notWritable");
        keep(content, by, at);
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("settlement.error.changedMeanwhile");
        }
    }

    /** Sent: to the secretariat the first time, straight back to the accountant after a return. */
    void submitted(Actor by, String actingFor, Instant at) {
        require(status.beingWritten(), "settlement.error.notWritable");
        this.submittedBy = by.username();
        this.submittedAt = at;
        SettlementStatus after = status == SettlementStatus.RETURNED ? SettlementStatus.RECEIVED
                : SettlementStatus.SUBMITTED;
        move(after, Action.SUBMITTED, by, actingFor, at, null, Map.of(), null);
    }

    /** Whether the user, or whoever they stand in for, ever sent it: such a one does not approve it. */
    boolean sentBy(String username, String actingFor) {
        return history().sentBy(username, actingFor);
    }

    void received(Actor by, String actingFor, Instant at) {
        step(SettlementStatus.SUBMITTED, SettlementStatus.RECEIVED, Action.RECEIVED, by, actingFor, at, null);
    }

    /** Back to the ward, with what is wrong with the dossier and with each voucher. */
    void returned(Actor by, String actingFor, Instant at, String comment, Map<Integer, String> voucherComments) {
        require(status == SettlementStatus.RECEIVED, "settlement.error.stepNotOpen");
        boolean said = comment != null && !comment.isBlank()
                || voucherComments.values().stream().anyMatch(text -> text != null && !text.isBlank());
        require(said, "settlement.error.returnCommentRequired");
        voucherComments.keySet().forEach(no -> require(content().voucher(no).isPresent(),
                "settlement.error.voucherNotFound"));
        move(SettlementStatus.RETURNED, Action.RETURNED, by, actingFor, at, comment, voucherComments, null);
    }

    void checked(Actor by, String actingFor, Instant at, String comment) {
        step(SettlementStatus.RECEIVED, SettlementStatus.CHECKED, Action.CHECKED, by, actingFor, at, comment);
    }

    /** The leader sends it back to the accountant, who checks it again. */
    void sentBack(Actor by, String actingFor, Instant at, String comment) {
        require(status == SettlementStatus.CHECKED, "settlement.error.stepNotOpen");
        require(comment != null && !comment.isBlank(), "settlement.error.returnCommentRequired");
        step(SettlementStatus.CHECKED, SettlementStatus.RECEIVED, Action.SENT_BACK, by, actingFor, at, comment);
    }

    /**
     * Approved for {@code amount}: at most what was asked, with the reason when less; never by whoever sent it, nor
     * by whoever they stood in for.
     */
    void approved(Actor by, String actingFor, Instant at, Money amount, String reason) {
        require(status == SettlementStatus.CHECKED, "settlement.error.stepNotOpen");
        require(!sentBy(by.username(), actingFor), "settlement.error.approverSubmitted");
        this.approval = new LeaderApproval(requested(), amount, reason, by.username(), at);
        move(SettlementStatus.APPROVED, Action.APPROVED, by, actingFor, at, reason, Map.of(), amount);
    }

    void paid(Actor by, String actingFor, Instant at, String comment) {
        step(SettlementStatus.APPROVED, SettlementStatus.PAID, Action.PAID, by, actingFor, at, comment);
    }

    void closed(Actor by, String actingFor, Instant at) {
        step(SettlementStatus.PAID, SettlementStatus.CLOSED, Action.CLOSED, by, actingFor, at, null);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** What counts against the allocation: the amount approved, or asked while on its way; nothing while written. */
    Money counted() {
        if (status.approved()) {
            return approval.amount();
        }
        return status.pending() ? requested() : Money.ZERO;
    }

    /** The accountant's comments on the vouchers, from the last return, while the ward puts them right. */
    Map<Integer, String> voucherComments() {
        if (status != SettlementStatus.RETURNED) {
            return Map.of();
        }
        return history().lastReturnComments();
    }

    private void keep(SettlementContent content, Actor by, Instant at) {
        this.written = new WrittenDossier(content);
        this.updatedBy = by.username();
        this.updatedAt = at;
    }

    /** A step with nothing of its own to check, taken from the one place it may be taken from. */
    private void step(SettlementStatus from, SettlementStatus after, Action action, Actor by, String actingFor,
                      Instant at, String comment) {
        require(status == from, "settlement.error.stepNotOpen");
        move(after, action, by, actingFor, at, comment, Map.of(), null);
    }

    private void move(SettlementStatus after, Action action, Actor by, String actingFor, Instant at, String comment,
                      Map<Integer, String> voucherComments, Money amount) {
        this.status = after;
        this.updatedBy = by.username();
        this.updatedAt = at;
        record(action, by, actingFor, at, comment, voucherComments, amount);
    }

    private void record(Action action, Actor by, String actingFor, Instant at, String comment,
                        Map<Integer, String> voucherComments, Money amount) {
        this.trailJson = StoredJson.write(history().with(new SettlementStep(action, status, by.username(),
                by.fullName(), actingFor, at, comment, voucherComments, amount)));
    }

    private static void require(boolean allowed, String messageKey, Object... arguments) {
        if (!allowed) {
            throw new RuleViolation(messageKey, arguments);
        }
    }

    SettlementId settlementId() {
        return SettlementId.of(id);
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
        return status;
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

    /** The day it was last sent, in Vietnam. */
    Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedAt).map(at -> LocalDate.ofInstant(at, VietnameseDates.ZONE));
    }

    String processInstanceId() {
        return processInstanceId;
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
        return history().steps();
    }

    private DossierTrail history() {
        return StoredJson.read(trailJson, DossierTrail.class);
    }
}
