package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.fund.SettlementStatus;
import vn.boardflow.fund.SettlementStep;
import vn.boardflow.fund.SettlementStep.Action;
import vn.boardflow.org.Actor;
import vn.boardflow.shared.Money;
import vn.boardflow.shared.StoredJson;
import vn.boardflow.shared.VietnameseDates;

/**
 * Where a dossier stands on its route, as its columns keep it: the status, the history of its steps as JSON, when
 * and by whom it was last sent, and the process that carries it.
 */
@Embeddable
class DossierRoute {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SettlementStatus status;

    @Column(name = "trail_json", nullable = false)
    private String trailJson;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected DossierRoute() {
    }

    static DossierRoute opened(Actor by, Instant at) {
        DossierRoute route = new DossierRoute();
        route.status = SettlementStatus.DRAFT;
        route.trailJson = StoredJson.write(DossierTrail.EMPTY);
        route.record(Action.OPENED, by, null, at, null, Map.of(), null);
        return route;
    }

    void sent(Actor by, Instant at) {
        this.submittedBy = by.username();
        this.submittedAt = at;
    }

    /** To {@code after}, with the step kept in the history. */
    void move(SettlementStatus after, Action action, Actor by, String actingFor, Instant at, String comment,
              Map<Integer, String> voucherComments, Money amount) {
        this.status = after;
        record(action, by, actingFor, at, comment, voucherComments, amount);
    }

    private void record(Action action, Actor by, String actingFor, Instant at, String comment,
                        Map<Integer, String> voucherComments, Money amount) {
        this.trailJson = StoredJson.write(history().with(new SettlementStep(action, status, by.username(),
                by.fullName(), actingFor, at, comment, voucherComments, amount)));
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    SettlementStatus status() {
        return status;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    /** The day it was last sent, in Vietnam. */
    Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedAt).map(at -> LocalDate.ofInstant(at, VietnameseDates.ZONE));
    }

    /** The accountant's comments on the vouchers, from the last return, while the ward puts them right. */
    Map<Integer, String> voucherComments() {
        return status == SettlementStatus.RETURNED ? history().lastReturnComments() : Map.of();
    }

    List<SettlementStep> steps() {
        return history().steps();
    }

    DossierTrail history() {
        return StoredJson.read(trailJson, DossierTrail.class);
    }
}
