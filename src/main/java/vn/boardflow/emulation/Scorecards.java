package vn.boardflow.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.emulation.Agreements.AgreementView;
import vn.boardflow.org.UnitId;

/**
 * Each member's scorecard under an agreement. The criteria the system knows the answer to are scored from the
 * member's reports and inspection, each with its source; the rest the member scores itself with a note of its
 * evidence, the other members score it (never their own), and the chair adjusts any score with a reason. The chair
 * ranks the members at the cluster's meeting; from then on the scores are kept as they were.
 *
 * <p>A criterion's score is the chair's where it adjusted it, else the system's, else the mean of the other
 * members' scores, else the member's own. The total adds each score times its weight, bonuses added and penalties
 * taken away. Ties in the total go to the higher inspection score, then the better timeliness; members equal in all
 * three share their rank.
 */
public interface Scorecards {

    /**
     * The agreement's cards, best first, empty when there is no such agreement. The cluster's members and the body's
     * secretariat see them.
     */
    Optional<Standings> of(AgreementId id);

    /** The member's own scores of the criteria it scores, each with its note; sent, they no longer change. */
    void scoreOwn(AgreementId id, UnitId unitId, Map<String, OwnScore> scores, boolean send, long version);

    /** Another member's scores of the member's criteria the units score. */
    void scorePeer(AgreementId id, UnitId scoredUnitId, UnitId scorerUnitId, Map<String, BigDecimal> scores,
                   long version);

    /** The chair's score of one criterion, in place of the others, with its reason. */
    void adjust(AgreementId id, UnitId unitId, String criterionCode, BigDecimal score, String reason, long version);

    /** The chair ranks the members: every score and the ranking are kept as they stand now. */
    void rank(AgreementId id, long agreementVersion);

    record OwnScore(BigDecimal score, String note) {
    }

    /**
     * @param scoringAs the member units the user scores others as (their own units in the cluster)
     * @param asOf      the day the system's scores were read: today while open, the ranking's day after
     */
    record Standings(AgreementView agreement, List<Card> cards, List<UnitId> scoringAs, LocalDate asOf) {

        public Standings {
            cards = List.copyOf(cards);
            scoringAs = List.copyOf(scoringAs);
        }
    }

    /**
     * @param rank              1 for the best, shared by members equal in the total and the tie-breaks
     * @param inspectionPercent the tie-break's inspection score, {@code null} without one
     * @param timeliness        the tie-break's timeliness, {@code null} without one
     * @param mayScoreOwn       the user is an officer of the member and its own scores are not yet sent
     */
    record Card(UnitId unitId, String unitName, List<Line> lines, BigDecimal total, int rank, boolean ownSent,
                Integer inspectionPercent, Integer timeliness, long version, boolean mayScoreOwn) {

        public Card {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param system   the system's score, {@code null} for a criterion the units score or when the data is missing
     * @param source   where the system's score comes from, {@code null} when it has none
     * @param peerMean the other members' mean score, {@code null} before any has scored
     * @param mine     the user's own member's peer score of it, {@code null} when it has given none
     * @param result   the score that counts, {@code null} while nobody has scored it
     */
    record Line(AgreementCriterion criterion, BigDecimal system, Source source, BigDecimal own, String ownNote,
                BigDecimal peerMean, int peers, BigDecimal mine, BigDecimal chair, String chairReason,
                BigDecimal result) {
    }

    /**
     * Where a system score comes from, for its link: the report form whose dashboard shows the figures, the ward
     * inspection, or the round of the remedial tasks.
     *
     * @param detail what was read, in words ("87 % kế hoạch 6 tháng"), always Vietnamese
     */
    record Source(ScoreSource kind, String detail, long refId) {
    }
}
