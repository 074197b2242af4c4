package vn.boardflow.fund.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftStatus;

/** A budget's year-end Báo cáo quyết toán kinh phí as a draft on the document route, following its steps. */
@Entity
@Table(name = "settlement_report")
class SettlementReport {

    @Id
    @Column(name = "budget_id")
    private Long budgetId;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status;

    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "document_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "document_symbol"))
    private DocumentRef document;

    @Version
    private long version;

    protected SettlementReport() {
    }

    SettlementReport(long budgetId, DraftId draftId) {
        this.budgetId = budgetId;
        draftedAs(draftId);
    }

    DraftId draftId() {
        return DraftId.of(draftId);
    }

    DraftStatus status() {
        return status;
    }

    DocumentRef document() {
        return document;
    }

    /** Drafted anew once the last draft was cancelled. */
    boolean needsDraft() {
        return status == DraftStatus.CANCELLED;
    }

    void draftedAs(DraftId id) {
        this.draftId = id.value();
        this.status = DraftStatus.DRAFTING;
    }

    void followed(DraftStatus after, DocumentRef issuedAs) {
        this.status = after;
        if (after == DraftStatus.ISSUED) {
            this.document = issuedAs;
        }
    }
}
