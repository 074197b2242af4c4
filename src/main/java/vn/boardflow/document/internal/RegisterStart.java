package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.boardflow.document.NumberingScheme;
import vn.boardflow.document.RegisterStarts.RegisterStartView;
import vn.boardflow.shared.RuleViolation;

/** Where a sequence of the register continues in BoardFlow after numbers given on paper; set once. */
@Entity
@Table(name = "register_start")
class RegisterStart {

    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuing_body_id", nullable = false, updatable = false)
    private long issuingBodyId;

    @Column(name = "doc_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "sequence_key", nullable = false, updatable = false)
    private String sequenceKey;

    @Column(name = "paper_from", nullable = false, updatable = false)
    private int paperFrom;

    @Column(name = "first_number", nullable = false, updatable = false)
    private int firstNumber;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    protected RegisterStart() {
    }

    RegisterStart(long issuingBodyId, int year, String sequenceKey, int paperFrom, int firstNumber, String reason,
                  Instant setAt, String setBy) {
        this.issuingBodyId = issuingBodyId;
        this.year = year;
        this.sequenceKey = sequenceKey;
        this.paperFrom = paperFrom;
        this.firstNumber = firstNumber;
        this.reason = reason(reason);
        this.setAt = setAt;
        this.setBy = setBy;
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("register.start.error.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RuleViolation("register.start.error.reasonTooLong", MAX_REASON);
        }
        return reason.strip();
    }

    Long id() {
        return id;
    }

    RegisterStartView view() {
        return new RegisterStartView(NumberingScheme.typeOf(sequenceKey), paperFrom, firstNumber, reason, setAt, setBy);
    }
}
