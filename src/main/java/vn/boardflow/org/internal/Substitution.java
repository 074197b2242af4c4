package vn.boardflow.org.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.boardflow.shared.RuleViolation;

/** While a user is out of office, their substitute sees and acts on their tasks (both days included). */
@Entity
@Table(name = "substitution")
class Substitution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "substitute_id", nullable = false, updatable = false)
    private long substituteId;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    private String note;

    protected Substitution() {
    }

    Substitution(long userId, long substituteId, LocalDate validFrom, LocalDate validTo, String note) {
        if (userId == substituteId) {
            throw new RuleViolation("substitution.error.self");
        }
        if (validFrom == null || validTo == null) {
            throw new RuleViolation("substitution.error.periodRequired");
        }
        if (validTo.isBefore(validFrom)) {
            throw new RuleViolation("substitution.error.endBeforeStart");
        }
        if (note != null && note.length() > 300) {
            throw new RuleViolation("substitution.error.noteTooLong", 300);
        }
        this.userId = userId;
        this.substituteId = substituteId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && !validTo.isBefore(from);
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    long substituteId() {
        return substituteId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    String note() {
        return note;
    }
}
