package vn.boardflow.report.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.org.UnitId;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.shared.RuleViolation;

/** A body's report form: its name, who reports on it and who accepts; what it asks is its versions'. */
@Entity
@Table(name = "report_form")
class ReportForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(nullable = false)
    private String name;

    @Column(name = "accepting_unit_id", nullable = false)
    private long acceptingUnitId;

    @ElementCollection
    @CollectionTable(name = "report_form_unit", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id")
    private List<Long> reportingUnits = new ArrayList<>();

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected ReportForm() {
    }

    ReportForm(IssuingBodyId issuingBodyId, String name, List<UnitId> reportingUnits, UnitId acceptingUnit,
               Instant createdAt, String createdBy) {
        this.issuingBodyId = issuingBodyId.value();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.currentVersion = 1;
        define(name, reportingUnits, acceptingUnit);
    }

    /** The form's name and people as revised; what it asks is its next version's. */
    void revise(String name, List<UnitId> reportingUnits, UnitId acceptingUnit) {
        define(name, reportingUnits, acceptingUnit);
        currentVersion++;
    }

    private void define(String name, List<UnitId> reportingUnits, UnitId acceptingUnit) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("report.error.formNameRequired");
        }
        if (reportingUnits.isEmpty()) {
            throw new RuleViolation("report.error.noReportingUnits");
        }
        if (reportingUnits.stream().distinct().count() != reportingUnits.size()) {
            throw new RuleViolation("report.error.unitTwice");
        }
        this.name = name.strip();
        this.acceptingUnitId = acceptingUnit.value();
        this.reportingUnits.clear();
        this.reportingUnits.addAll(UnitId.valuesOf(reportingUnits));
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("report.error.changedMeanwhile");
        }
    }

    ReportFormId formId() {
        return ReportFormId.of(id);
    }

    IssuingBodyId issuingBodyId() {
        return IssuingBodyId.of(issuingBodyId);
    }

    String name() {
        return name;
    }

    UnitId acceptingUnit() {
        return UnitId.of(acceptingUnitId);
    }

    List<UnitId> reportingUnits() {
        return reportingUnits.stream().map(UnitId::of).toList();
    }

    boolean reports(UnitId unitId) {
        return reportingUnits.contains(unitId.value());
    }

    int currentVersion() {
        return currentVersion;
    }

    long version() {
        return version;
    }
}
