package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.EntryOrigin;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.TextFolding;

/**
 * A number given to an issued document, as the register of outgoing documents records it. The number
 * and symbol never change; voiding keeps the row with its reason.
 */
@Entity
@Table(name = "register_entry")
class RegisterEntry {

    private static final String LINE = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "doc_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "sequence_key", nullable = false, updatable = false)
    private String sequenceKey;

    @Column(name = "doc_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "search_text", nullable = false, updatable = false)
    private String searchText;

    @Column(nullable = false, updatable = false)
    private String signer;

    @Column(nullable = false, updatable = false)
    private String recipients;

    @Column(name = "kept_by", updatable = false)
    private String keptBy;

    @Column(nullable = false, updatable = false)
    private int copies;

    @Column(name = "dispatched_on")
    private LocalDate dispatchedOn;

    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryOrigin origin;

    @Column(nullable = false)
    private boolean voided;

    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    protected RegisterEntry() {
    }

    RegisterEntry(long issuingBodyId, String sequenceKey, DocumentSymbol symbol, DocumentType type, LocalDate issuedOn,
                  RegisteredContent content, Instant registeredAt, String registeredBy) {
        this.issuingBodyId = issuingBodyId;
        this.year = issuedOn.getYear();
        this.sequenceKey = sequenceKey;
        this.number = symbol.number();
        this.symbol = symbol.text();
        this.type = type;
        this.issuedOn = issuedOn;
        this.summary = content.summary();
        this.searchText = searchText(symbol.text(), content.summary());
        this.signer = content.signer();
        this.recipients = content.recipientsText();
        this.keptBy = content.keptBy();
        this.copies = content.copies();
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.origin = EntryOrigin.NUMBER_ONLY;
    }

    /** The number went to a document issued here, drafted through BoardFlow or typed in from outside. */
    void issuedAs(EntryOrigin origin) {
        this.origin = origin;
    }

    /** What the register's search matches: symbol and summary, folded. */
    static String searchText(String symbol, String summary) {
        return TextFolding.fold(symbol + " " + summary);
    }

    void voidWith(String reason) {
        if (voided) {
            throw new RuleViolation("register.error.alreadyVoided");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("register.error.voidReasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolation("register.error.voidReasonTooLong", 500);
        }
        this.voided = true;
        this.voidReason = reason.strip();
    }

    RegisterEntryView view() {
        List<String> lines = recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(LINE));
        return new RegisterEntryView(id, IssuingBodyId.of(issuingBodyId), year, number, symbol, type, issuedOn, summary, signer, lines,
                keptBy, copies, dispatchedOn, note, voided, voidReason, registeredAt, registeredBy, origin);
    }

    Long id() {
        return id;
    }

    long issuingBodyId() {
        return issuingBodyId;
    }
}
