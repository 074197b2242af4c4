package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.Scorecards.Card;
import vn.boardflow.emulation.Scorecards.Line;
import vn.boardflow.emulation.Scorecards.Source;
import vn.boardflow.emulation.internal.SystemScores.Facts;
import vn.boardflow.emulation.internal.SystemScores.SystemScore;
import vn.boardflow.org.UnitId;

/**
 * A scorecard's lines and total, and the ranking of a cluster's cards, as {@link vn.boardflow.emulation.Scorecards}
 * states the rules: the chair's score, else the system's, else the other members' mean, else the member's own.
 */
final class CardScoring {

    /** Best first: the total, then the inspection score, then timeliness; a missing tie-break counts lowest. */
    static final Comparator<Card> ORDER = Comparator.comparing(Card::total)
            .thenComparing(Card::inspectionPercent, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Card::timeliness, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private CardScoring() {
    }

    /**
     * The card as it stands: read from the system's facts while the agreement is open ({@code facts} given), or as
     * kept at the ranking ({@code facts} {@code null}), with the rank the ranking gave it.
     *
     * @param viewer the member the user scores others as, whose peer scores the card shows; {@code null} for none
     */
    static Card card(List<AgreementCriterion> criteria, Scorecard card, String unitName, Facts facts, UnitId viewer,
                     boolean mayScoreOwn) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AgreementCriterion criterion : criteria) {
            Line line = line(criterion, card, facts, viewer);
            lines.add(line);
            if (line.result() != null) {
                total = total.add(criterion.counted(line.result()));
            }
        }
        total = total.setScale(1, RoundingMode.HALF_UP);
        boolean kept = facts == null;
        return new Card(card.unitId(), unitName, lines, kept ? card.finalScore() : total,
                kept ? card.finalRank() : 0, card.ownSent(), kept ? card.tieInspection() : facts.inspectionPercent(),
                kept ? card.tieTimeliness() : facts.timeliness(), card.version(), mayScoreOwn);
    }

    private static Line line(AgreementCriterion criterion, Scorecard card, Facts facts, UnitId viewer) {
        ScoreEntry entry = card.entries().get(criterion.code());
        BigDecimal system;
        Source source;
        if (facts == null) {
            system = entry == null ? null : entry.systemScore();
            source = system == null ? null : new Source(criterion.source(), entry.systemDetail(), entry.systemRef());
        } else {
            SystemScore known = facts.scores().get(criterion.code());
            system = known == null ? null : known.score();
            source = known == null ? null : known.source();
        }
        List<BigDecimal> peerScores = card.peers().stream().filter(peer -> peer.criterion().equals(criterion.code()))
                .map(PeerScore::score).toList();
        BigDecimal peerMean = peerScores.isEmpty() ? null : peerScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(peerScores.size()), 1, RoundingMode.HALF_UP);
        BigDecimal mine = viewer == null ? null : card.peers().stream()
                .filter(peer -> peer.sameAs(criterion.code(), viewer.value())).map(PeerScore::score).findFirst()
                .orElse(null);
        BigDecimal own = entry == null ? null : entry.own();
        BigDecimal chair = entry == null ? null : entry.chair();
        BigDecimal result = firstOf(chair, system, peerMean, own);
        return new Line(criterion, system, source, own, entry == null ? null : entry.ownNote(), peerMean,
                peerScores.size(), mine, chair, entry == null ? null : entry.chairReason(), result);
    }

    private static BigDecimal firstOf(BigDecimal... scores) {
        for (BigDecimal score : scores) {
            if (score != null) {
                return score;
            }
        }
        return null;
    }

    /** The cards best first, each with its rank; cards equal in the total and both tie-breaks share one. */
    static List<Card> ranked(List<Card> cards) {
        List<Card> sorted = cards.stream().sorted(ORDER).toList();
        List<Card> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Card card = sorted.get(i);
            int rank = i > 0 && ORDER.compare(sorted.get(i - 1), card) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Card(card.unitId(), card.unitName(), card.lines(), card.total(), rank, card.ownSent(),
                    card.inspectionPercent(), card.timeliness(), card.version(), card.mayScoreOwn()));
        }
        return ranked;
    }

    /** The kept cards in their kept order: by rank, then by name. */
    static List<Card> keptOrder(List<Card> cards) {
        return cards.stream().sorted(Comparator.comparingInt(Card::rank).thenComparing(Card::unitName)).toList();
    }
}
