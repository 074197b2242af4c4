package vn.boardflow.fund.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.fund.BudgetContent;
import vn.boardflow.fund.BudgetId;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.StoredJson;

/** A body's budget of a year: its lines and their allocations, kept as written, each save a new version. */
@Entity
@Table(name = "budget")
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    @Version
    private long version;

    protected Budget() {
    }

    Budget(IssuingBodyId issuingBodyId, UnitId unitId, int year, String by, Instant at) {
        this.issuingBodyId = issuingBodyId.value();
        this.unitId = unitId.value();
        this.year = year;
        this.contentJson = StoredJson.write(BudgetContent.EMPTY);
        this.createdAt = at;
        this.createdBy = by;
    }

    BudgetId budgetId() {
        return BudgetId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    int year() {
        return year;
    }

    long version() {
        return version;
    }

    BudgetContent content() {
        return StoredJson.read(contentJson, BudgetContent.class);
    }

    void write(long expectedVersion, BudgetContent content, String by, Instant at) {
        if (version != expectedVersion) {
            throw new RuleViolation("fund.error.changedMeanwhile");
        }
        this.contentJson = StoredJson.write(content);
        this.savedBy = by;
        this.savedAt = at;
    }
}
