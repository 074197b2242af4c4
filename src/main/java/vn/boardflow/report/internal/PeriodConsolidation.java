package vn.boardflow.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.report.PeriodType;
import vn.boardflow.report.ReportFormId;
import vn.boardflow.report.ReportPeriod;
import vn.boardflow.shared.StoredJson;

/**
 * A period's consolidation once the secretariat drafted the body's report from it: the summary and sections as
 * edited, the accepted reports it stands on, the draft on the document route and, once issued, the document.
 */
@Entity
@Table(name = "report_consolidation")
class PeriodConsolidation {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private long formId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int periodYear;

    @Column(name = "period_number", nullable = false, updatable = false)
    private int periodNumber;

    @Column(nullable = false)
    private String summary;

    @Column(name = "texts_json", nullable = false)
    private String textsJson;

    @Column(nullable = false)
    private String basis;

    @Column(name = "draft_id")
    private Long draftId;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_symbol")
    private String documentSymbol;

    @Column(name = "consolidated_at", nullable = false)
    private Instant consolidatedAt;

    @Column(name = "consolidated_by", nullable = false)
    private String consolidatedBy;

    @Version
    private long version;

    protected PeriodConsolidation() {
    }

    PeriodConsolidation(ReportFormId formId, ReportPeriod period) {
        this.formId = formId.value();
        this.periodType = period.type();
        this.periodYear = period.year();
        this.periodNumber = period.number();
    }

    void consolidated(String summary, Map<String, String> texts, String basis, String by, Instant at) {
        this.summary = summary;
        this.basis = basis;
        this.textsJson = StoredJson.write(texts);
        this.consolidatedBy = by;
        this.consolidatedAt = at;
    }

    void draftedAs(DraftId draftId) {
        this.draftId = draftId.value();
    }

    void issued(DocumentRef document) {
        this.documentId = document.id();
        this.documentSymbol = document.symbol();
    }

    /** A cancelled draft lets the period be consolidated into a new one. */
    void draftCancelled() {
        this.draftId = null;
    }

    Long id() {
        return id;
    }

    ReportFormId formId() {
        return ReportFormId.of(formId);
    }

    String consolidatedBy() {
        return consolidatedBy;
    }

    ReportPeriod period() {
        return new ReportPeriod(periodType, periodYear, periodNumber);
    }

    String summary() {
        return summary;
    }

    Map<String, String> texts() {
        return StoredJson.read(textsJson, TEXTS);
    }

    /** Whether the accepted reports are still those it was drafted from. */
    boolean drawnFrom(String currentBasis) {
        return basis.equals(currentBasis);
    }

    Optional<DraftId> draft() {
        return Optional.ofNullable(draftId).map(DraftId::of);
    }

    String documentSymbol() {
        return documentSymbol;
    }
}
