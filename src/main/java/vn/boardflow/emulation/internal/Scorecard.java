package vn.boardflow.emulation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * A member's scorecard under an agreement: its own scores (kept once sent), the other members' scores, the
 * chair's adjustments, and its total and rank once the cluster has ranked.
 */
@Entity
@Table(name = "scorecard")
class Scorecard {

    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @ElementCollection
    @CollectionTable(name = "scorecard_entry", joinColumns = @JoinColumn(name = "scorecard_id"))
    @MapKeyColumn(name = "criterion")
    private Map<String, ScoreEntry> entries = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "peer_score", joinColumns = @JoinColumn(name = "scorecard_id"))
    private List<PeerScore> peers = new ArrayList<>();

    @Column(name = "self_submitted_at")
    private Instant ownSentAt;

    @Column(name = "self_submitted_by")
    private String ownSentBy;

    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "final_rank")
    private Integer finalRank;

    @Column(name = "tie_inspection")
    private Integer tieInspection;

    @Column(name = "tie_timeliness")
    private Integer tieTimeliness;

    @Version
    private long version;

    protected Scorecard() {
    }

    Scorecard(AgreementId agreementId, UnitId unitId) {
        this.agreementId = agreementId.value();
        this.unitId = unitId.value();
    }

    void checkVersion(long expected) {
        RuleViolation.require(version == expected, "emulation.error.changedMeanwhile");
    }

    /** The member's own scores; once sent they no longer change. */
    void scoreOwn(Map<String, BigDecimal> scores, Map<String, String> notes, boolean send, String by, Instant at) {
        RuleViolation.require(ownSentAt == null, "emulation.score.error.ownSent");
        scores.forEach((code, score) -> entry(code).own(score, checkedText(notes.get(code), false)));
        if (send) {
            this.ownSentAt = at;
            this.ownSentBy = by;
        }
    }

    /** Another member's scores, in place of the ones it gave before. */
    void scoreAsPeer(UnitId scorer, Map<String, BigDecimal> scores) {
        RuleViolation.require(scorer.value() != unitId, "emulation.score.error.selfAsPeer");
        scores.forEach((code, score) -> {
            peers.removeIf(peer -> peer.sameAs(code, scorer.value()));
            peers.add(new PeerScore(code, scorer.value(), score));
        });
    }

    void adjust(String code, BigDecimal score, String reason) {
        entry(code).chair(score, checkedText(reason, true));
    }

    /** The system's score of a criterion as the ranking read it. */
    void keepSystem(String code, BigDecimal score, String detail, Long ref) {
        entry(code).keepSystem(score, detail, ref);
    }

    /** The total and rank the chair published, with the tie-breaks they were ranked by. */
    void ranked(BigDecimal total, int rank, Integer inspectionPercent, Integer timeliness) {
        this.finalScore = total;
        this.finalRank = rank;
        this.tieInspection = inspectionPercent;
        this.tieTimeliness = timeliness;
    }

    private ScoreEntry entry(String code) {
        return entries.computeIfAbsent(code, any -> ScoreEntry.empty());
    }

    private static String checkedText(String text, boolean required) {
        String stripped = text == null ? "" : text.strip();
        RuleViolation.require(!required || !stripped.isEmpty(), "emulation.score.error.reasonRequired");
        RuleViolation.require(stripped.length() <= MAX_TEXT, "emulation.score.error.tooLong", MAX_TEXT);
        return stripped.isEmpty() ? null : stripped;
    }

    long id() {
        return id;
    }

    AgreementId agreementId() {
        return AgreementId.of(agreementId);
    }

    UnitId unitId() {
        return UnitId.of(unitId);
    }

    Map<String, ScoreEntry> entries() {
        return entries;
    }

    List<PeerScore> peers() {
        return peers;
    }

    boolean ownSent() {
        return ownSentAt != null;
    }

    BigDecimal finalScore() {
        return finalScore;
    }

    Integer finalRank() {
        return finalRank;
    }

    Integer tieInspection() {
        return tieInspection;
    }

    Integer tieTimeliness() {
        return tieTimeliness;
    }

    long version() {
        return version;
    }
}
