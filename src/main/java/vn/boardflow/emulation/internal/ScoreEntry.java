package vn.boardflow.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One criterion of a scorecard: the member's own score and note, the chair's adjustment and reason, and, once
 * the cluster has ranked, the system's score as it stood then with what it was read from.
 */
@Embeddable
class ScoreEntry {

    @Column(name = "auto_score")
    private BigDecimal systemScore;

    @Column(name = "auto_detail")
    private String systemDetail;

    @Column(name = "auto_ref")
    private Long systemRef;

    @Column(name = "self_score")
    private BigDecimal own;

    @Column(name = "self_note")
    private String ownNote;

    @Column(name = "chair_score")
    private BigDecimal chair;

    @Column(name = "chair_reason")
    private String chairReason;

    protected ScoreEntry() {
    }

    static ScoreEntry empty() {
        return new ScoreEntry();
    }

    void own(BigDecimal score, String note) {
        this.own = score;
        this.ownNote = note;
    }

    void chair(BigDecimal score, String reason) {
        this.chair = score;
        this.chairReason = reason;
    }

    void keepSystem(BigDecimal score, String detail, Long ref) {
        this.systemScore = score;
        this.systemDetail = detail;
        this.systemRef = ref;
    }

    BigDecimal own() {
        return own;
    }

    String ownNote() {
        return ownNote;
    }

    BigDecimal chair() {
        return chair;
    }

    String chairReason() {
        return chairReason;
    }

    BigDecimal systemScore() {
        return systemScore;
    }

    String systemDetail() {
        return systemDetail;
    }

    Long systemRef() {
        return systemRef;
    }
}
