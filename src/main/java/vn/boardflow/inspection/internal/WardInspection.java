package vn.boardflow.inspection.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.inspection.Checklist;
import vn.boardflow.inspection.InspectionMode;
import vn.boardflow.inspection.Rating;
import vn.boardflow.inspection.WardInspectionId;
import vn.boardflow.inspection.WardInspections.CriterionScore;
import vn.boardflow.inspection.WardInspections.WardStatus;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * One ward's inspection in a round: its team (who alone may fill its checklist), day and mode, and the
 * scores the team enters. It guards its steps: drafts only while open, one submission per key, closing
 * only by the head once submitted.
 */
@Entity
@Table(name = "ward_inspection")
public class WardInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "ward_id", nullable = false, updatable = false)
    private long wardId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "team_head", nullable = false)
    private String teamHead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ward_inspector", joinColumns = @JoinColumn(name = "ward_inspection_id"))
    @OrderColumn(name = "position")
    @Column(name = "username")
    private List<String> inspectors = new ArrayList<>();

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WardStatus status;

    @Embedded
    @AttributeOverride(name = "total", column = @Column(name = "total_score"))
    private Submission team;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    /** The Biên bản, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "minutes_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "minutes_symbol"))
    private DocumentRef minutes;

    /** The ward's own scores, where the round asks for them; unset (read back as {@code null}) until drafted. */
    @Embedded
    @AttributeOverride(name = "scoresJson", column = @Column(name = "self_scores_json"))
    @AttributeOverride(name = "total", column = @Column(name = "self_total"))
    @AttributeOverride(name = "submissionKey", column = @Column(name = "self_submission_key"))
    @AttributeOverride(name = "submittedAt", column = @Column(name = "self_submitted_at"))
    @AttributeOverride(name = "submittedBy", column = @Column(name = "self_submitted_by"))
    private Submission ward;

    @Version
    private long version;

    protected WardInspection() {
    }

    WardInspection(long roundId, UnitId wardId, String teamName, String teamHead, List<String> inspectors,
                   LocalDate visitDate, InspectionMode mode) {
        this.roundId = roundId;
        this.wardId = wardId.value();
        this.teamName = teamName;
        this.teamHead = teamHead;
        this.inspectors = new ArrayList<>(inspectors);
        this.visitDate = visitDate;
        this.mode = mode == null ? InspectionMode.ON_SITE : mode;
        this.status = WardStatus.SCHEDULED;
        this.team = Submission.empty();
    }

    boolean isInspector(String username) {
        return inspectors.contains(username);
    }

    void checkVersion(long expected) {
        if (version != expected) {
            throw new RuleViolation("inspection.error.wardChangedMeanwhile");
        }
    }

    void saveDraft(Map<String, CriterionScore> scores, Checklist checklist) {
        if (!open()) {
            throw new RuleViolation("inspection.error.alreadySubmitted");
        }
        team.draft(ScoreSheet.checked(scores, checklist, false));
        this.status = WardStatus.DRAFTING;
    }

    /**
     * @param evidenced the criteria with evidence attached, which alone may earn points where it is required
     * @return false when this key was already submitted, so nothing changed
     */
    boolean submit(String key, Map<String, CriterionScore> scores, Checklist checklist, Set<String> evidenced,
                   String by, Instant at) {
        if (team.repeats(key, "inspection.error.alreadySubmitted")) {
            return false;
        }
        Map<String, CriterionScore> complete = ScoreSheet.checked(scores, checklist, true);
        ScoreSheet.checkEvidence(complete, checklist, evidenced);
        team.submit(key, complete, by, at);
        this.rating = checklist.rate(team.total());
        this.status = WardStatus.SUBMITTED;
        return true;
    }

    void saveSelfDraft(Map<String, CriterionScore> scores, Checklist checklist) {
        checkSelfOpen();
        ward().draft(ScoreSheet.checked(scores, checklist, false));
    }

    /** The ward's own scores before the visit; like the team's, one submission per key. */
    boolean submitSelf(String key, Map<String, CriterionScore> scores, Checklist checklist, String by, Instant at) {
        if (ward().repeats(key, "inspection.error.selfSubmitted")) {
            return false;
        }
        checkSelfOpen();
        ward().submit(key, ScoreSheet.checked(scores, checklist, true), by, at);
        return true;
    }

    private void checkSelfOpen() {
        if (selfSubmitted()) {
            throw new RuleViolation("inspection.error.selfSubmitted");
        }
        if (!open()) {
            throw new RuleViolation("inspection.error.selfClosed");
        }
    }

    boolean open() {
        return status == WardStatus.SCHEDULED || status == WardStatus.DRAFTING;
    }

    Map<String, CriterionScore> selfScores() {
        return ward().scores();
    }

    Integer selfTotal() {
        return ward().total();
    }

    boolean selfSubmitted() {
        return ward().submitted();
    }

    /** Hibernate reads an embedded value whose columns are all empty as {@code null}: the ward has not begun. */
    private Submission ward() {
        if (ward == null) {
            ward = new Submission();
        }
        return ward;
    }

    void close(String by, Instant at) {
        if (!by.equals(teamHead)) {
            throw new RuleViolation("inspection.error.onlyHeadCloses");
        }
        if (status != WardStatus.SUBMITTED) {
            throw new RuleViolation("inspection.error.notSubmitted");
        }
        this.status = WardStatus.CLOSED;
        this.closedAt = at;
        this.closedBy = by;
    }

    void minutesIssued(DocumentRef minutes) {
        if (status != WardStatus.CLOSED) {
            throw new RuleViolation("inspection.error.notClosed");
        }
        if (this.minutes != null) {
            throw new RuleViolation("inspection.error.minutesIssued", this.minutes.symbol());
        }
        this.minutes = minutes;
    }

    Long minutesId() {
        return minutes == null ? null : minutes.id();
    }

    String minutesSymbol() {
        return minutes == null ? null : minutes.symbol();
    }

    public Long id() {
        return id;
    }

    public WardInspectionId inspectionId() {
        return WardInspectionId.of(id);
    }

    public long roundId() {
        return roundId;
    }

    String teamName() {
        return teamName;
    }

    InspectionMode mode() {
        return mode;
    }

    public WardStatus status() {
        return status;
    }

    public Map<String, CriterionScore> scores() {
        return team.scores();
    }

    Integer totalScore() {
        return team.total();
    }

    Rating rating() {
        return rating;
    }

    long version() {
        return version;
    }

    public UnitId wardId() {
        return UnitId.of(wardId);
    }

    public String teamHead() {
        return teamHead;
    }

    List<String> inspectors() {
        return List.copyOf(inspectors);
    }

    public LocalDate visitDate() {
        return visitDate;
    }
}
