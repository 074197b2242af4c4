package vn.boardflow.emulation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.EmulationEvents.AgreementRanked;
import vn.boardflow.emulation.EmulationEvents.CardScored;
import vn.boardflow.emulation.ScoreSource;
import vn.boardflow.emulation.Scorecards;
import vn.boardflow.emulation.internal.SystemScores.Facts;
import vn.boardflow.emulation.internal.SystemScores.SystemScore;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.org.OrgChart;
import vn.boardflow.org.Organisation;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.VietnameseDates;

/** Scorecards read with the system's scores of the day while open, as kept once ranked. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class ScorecardService implements Scorecards {

    private final ScorecardRepository scorecards;
    private final AgreementRepository agreements;
    private final EmulationRecords records;
    private final EmulationAccess access;
    private final SystemScores systemScores;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScorecardService(ScorecardRepository scorecards, AgreementRepository agreements, EmulationRecords records,
                     EmulationAccess access, SystemScores systemScores, Organisation organisation,
                     CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.scorecards = scorecards;
        this.agreements = agreements;
        this.records = records;
        this.access = access;
        this.systemScores = systemScores;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Standings> of(AgreementId id) {
        return agreements.findById(id.value()).map(this::standings);
    }

    private Standings standings(ClusterAgreement agreement) {
        AgreementId id = agreement.id();
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        access.requireSees(cluster);
        List<UnitId> actsAs = access.actsAs(cluster);
        List<Scorecard> kept = scorecards.findByAgreementIdOrderByIdAsc(id.value());
        boolean open = agreement.status() == AgreementStatus.OPEN;
        LocalDate asOf = open ? today() : LocalDate.ofInstant(agreement.rankedAt(), VietnameseDates.ZONE);
        return new Standings(records.view(agreement, cluster),
                cards(agreement, kept, open ? read(agreement, cluster, asOf) : null, actsAs), actsAs, asOf);
    }

    /**
     * The cards: from the system's facts of the day and ranked while the agreement is open, as kept and in their
     * kept order once ranked ({@code facts} {@code null}).
     */
    private List<Card> cards(ClusterAgreement agreement, List<Scorecard> kept, Map<UnitId, Facts> facts,
                             List<UnitId> actsAs) {
        OrgChart chart = organisation.today();
        UnitId viewer = actsAs.isEmpty() ? null : actsAs.getFirst();
        List<Card> cards = kept.stream()
                .map(card -> CardScoring.card(agreement.criteria(), card, chart.nameOf(card.unitId()),
                        facts == null ? null : facts.getOrDefault(card.unitId(), Facts.NONE), viewer,
                        facts != null && !card.ownSent() && actsAs.contains(card.unitId())))
                .toList();
        return facts == null ? CardScoring.keptOrder(cards) : CardScoring.ranked(cards);
    }

    @Override
    @Transactional
    public void scoreOwn(AgreementId id, UnitId unitId, Map<String, OwnScore> scores, boolean send, long version) {
        ClusterAgreement agreement = openAgreement(id);
        access.requireActsAs(records.cluster(agreement.clusterId()), unitId);
        Scorecard card = records.card(agreement, unitId);
        card.checkVersion(version);
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        scores.forEach((code, own) -> {
            if (own != null && own.score() != null) {
                checked.put(code, criterion(agreement, code).checked(own.score()));
                notes.put(code, own.note());
            }
        });
        if (send) {
            agreement.criteria().stream().filter(criterion -> criterion.source() == ScoreSource.MANUAL)
                    .filter(criterion -> !checked.containsKey(criterion.code())
                            && card.entries().getOrDefault(criterion.code(), ScoreEntry.empty()).own() == null)
                    .findFirst().ifPresent(missing -> {
                        throw new RuleViolation("emulation.score.error.ownMissing", missing.code());
                    });
        }
        card.scoreOwn(checked, notes, send, currentUser.actor().username(), clock.instant());
        events.publishEvent(new CardScored(id, unitId, send ? "sent" : "own", written(checked)));
    }

    @Override
    @Transactional
    public void scorePeer(AgreementId id, UnitId scoredUnitId, UnitId scorerUnitId, Map<String, BigDecimal> scores,
                          long version) {
        ClusterAgreement agreement = openAgreement(id);
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        access.requireActsAs(cluster, scorerUnitId);
        Scorecard card = records.card(agreement, scoredUnitId);
        card.checkVersion(version);
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            AgreementCriterion criterion = criterion(agreement, code);
            RuleViolation.require(criterion.source() == ScoreSource.MANUAL, "emulation.score.error.systemScored", code);
            if (score != null) {
                checked.put(code, criterion.checked(score));
            }
        });
        card.scoreAsPeer(scorerUnitId, checked);
        events.publishEvent(new CardScored(id, scoredUnitId, "peer", written(checked)));
    }

    @Override
    @Transactional
    public void adjust(AgreementId id, UnitId unitId, String criterionCode, BigDecimal score, String reason,
                       long version) {
        ClusterAgreement agreement = openAgreement(id);
        access.requireActsAs(records.cluster(agreement.clusterId()), agreement.chairUnitId());
        Scorecard card = records.card(agreement, unitId);
        card.checkVersion(version);
        BigDecimal checked = criterion(agreement, criterionCode).checked(score);
        card.adjust(criterionCode, checked, reason);
        events.publishEvent(new CardScored(id, unitId, "chair", Map.of(criterionCode, checked.toPlainString())));
    }

    @Override
    @Transactional
    public void rank(AgreementId id, long agreementVersion) {
        ClusterAgreement agreement = openAgreement(id);
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        access.requireActsAs(cluster, agreement.chairUnitId());
        agreement.checkVersion(agreementVersion);
        List<Scorecard> kept = scorecards.findByAgreementIdOrderByIdAsc(id.value());
        Map<UnitId, Facts> facts = read(agreement, cluster, today());
        Map<UnitId, Card> ranked = new HashMap<>();
        cards(agreement, kept, facts, List.of()).forEach(card -> ranked.put(card.unitId(), card));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Scorecard card : kept) {
            facts.getOrDefault(card.unitId(), Facts.NONE).scores().forEach((code, score) -> keep(card, code, score));
            Card result = ranked.get(card.unitId());
            card.ranked(result.total(), result.rank(), result.inspectionPercent(), result.timeliness());
            ranks.put(result.unitName(), result.rank());
        }
        agreement.ranked(currentUser.actor().username(), clock.instant());
        events.publishEvent(new AgreementRanked(id, agreement.chairUnitId(), ranks));
    }

    private static void keep(Scorecard card, String code, SystemScore score) {
        card.keepSystem(code, score.score(), score.source().detail(), score.source().refId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    private Map<UnitId, Facts> read(ClusterAgreement agreement, EmulationCluster cluster, LocalDate asOf) {
        return systemScores.read(agreement, cluster.issuingBodyId(), cluster.members(), asOf);
    }

    private ClusterAgreement openAgreement(AgreementId id) {
        ClusterAgreement agreement = records.agreement(id);
        agreement.requireOpen();
        return agreement;
    }

    private static AgreementCriterion criterion(ClusterAgreement agreement, String code) {
        return agreement.criterion(code).orElseThrow(() -> new RuleViolation("emulation.score.error.unknown", code));
    }

    private static Map<String, String> written(Map<String, BigDecimal> scores) {
        Map<String, String> written = new LinkedHashMap<>();
        scores.forEach((code, score) -> written.put(code, score.toPlainString()));
        return written;
    }
}
