package vn.boardflow.emulation.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.emulation.AgreementCriterion;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.AgreementSpan;
import vn.boardflow.emulation.Agreements.AgreementStatus;
import vn.boardflow.emulation.Agreements.NewAgreement;
import vn.boardflow.emulation.CampaignId;
import vn.boardflow.emulation.ClusterPaper;
import vn.boardflow.emulation.ClusterId;
import vn.boardflow.emulation.ScoreSource;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.RuleViolation;

/**
 * A cluster's agreement of a half-year or a year: open while the members score, ranked once the chair has ranked
 * them at the meeting, after which nothing of it or its scorecards changes.
 */
@Entity
@Table(name = "cluster_agreement")
class ClusterAgreement {

    static final int MAX_CRITERIA = 40;
    static final int MAX_COMMITMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cluster_id", nullable = false, updatable = false)
    private long clusterId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(name = "agreement_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AgreementSpan span;

    @Column(name = "chair_unit_id", nullable = false)
    private long chairUnitId;

    @Column(name = "inspection_round_id")
    private Long inspectionRoundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @ElementCollection
    @CollectionTable(name = "agreement_criterion", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<CriterionRow> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_commitment", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "unit_id")
    @Column(name = "text")
    private Map<Long, String> commitments = new HashMap<>();

    @Column(name = "agreement_draft_id")
    private Long agreementDraftId;

    /** The Bản giao ước thi đua, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "agreement_doc_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "agreement_symbol"))
    private DocumentRef agreementDocument;

    @Column(name = "minutes_draft_id")
    private Long minutesDraftId;

    /** The Biên bản họp cụm, once issued. */
    @Embedded
    @AttributeOverride(name = "id", column = @Column(name = "minutes_doc_id"))
    @AttributeOverride(name = "symbol", column = @Column(name = "minutes_symbol"))
    private DocumentRef minutesDocument;

    @Column(name = "ranked_at")
    private Instant rankedAt;

    @Column(name = "ranked_by")
    private String rankedBy;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClusterAgreement() {
    }

    /** Checks the agreement against its cluster: criteria one code each, a chair and commitments of members. */
    ClusterAgreement(NewAgreement agreement, EmulationCluster cluster, String by, Instant at) {
        RuleViolation.require(cluster.covers(agreement.year()), "emulation.agreement.error.term",
                String.valueOf(cluster.termFrom()), String.valueOf(cluster.termTo()));
        RuleViolation.require(agreement.span() != null, "emulation.agreement.error.span");
        RuleViolation.require(agreement.chairUnitId() != null && cluster.has(agreement.chairUnitId()),
                "emulation.agreement.error.chair");
        List<AgreementCriterion> given = agreement.criteria();
        RuleViolation.require(!given.isEmpty() && given.size() <= MAX_CRITERIA, "emulation.agreement.error.criteria",
                MAX_CRITERIA);
        RuleViolation.require(given.stream().map(AgreementCriterion::code).distinct().count() == given.size(),
                "emulation.agreement.error.codes");
        RuleViolation.require(agreement.inspectionRound() != null || given.stream()
                .noneMatch(c -> c.source() == ScoreSource.INSPECTION || c.source() == ScoreSource.REMEDIES),
                "emulation.agreement.error.round");
        agreement.commitments().forEach((unit, text) -> {
            RuleViolation.require(cluster.has(unit), "emulation.agreement.error.commitmentOfOther");
            RuleViolation.require(text == null || text.length() <= MAX_COMMITMENT,
                    "emulation.agreement.error.commitment", MAX_COMMITMENT);
        });
        this.clusterId = cluster.id().value();
        this.campaignId = agreement.campaignId() == null ? null : agreement.campaignId().value();
        this.year = agreement.year();
        this.span = agreement.span();
        this.chairUnitId = agreement.chairUnitId().value();
        this.inspectionRoundId = agreement.inspectionRound() == null ? null : agreement.inspectionRound().value();
        this.status = AgreementStatus.OPEN;
        given.forEach(criterion -> criteria.add(new CriterionRow(criterion)));
        agreement.commitments().forEach((unit, text) -> {
            if (text != null && !text.isBlank()) {
                commitments.put(unit.value(), text.strip());
            }
        });
        this.createdBy = by;
        this.createdAt = at;
    }

    void checkVersion(long expected) {
        RuleViolation.require(version == expected, "emulation.error.changedMeanwhile");
    }

    void requireOpen() {
        RuleViolation.require(status == AgreementStatus.OPEN, "emulation.agreement.error.ranked");
    }

    void ranked(String by, Instant at) {
        requireOpen();
        this.status = AgreementStatus.RANKED;
        this.rankedBy = by;
        this.rankedAt = at;
    }

    /** Refuses a paper already issued, and the minutes of a meeting that has not ranked the members yet. */
    void requireDraftable(ClusterPaper paper) {
        RuleViolation.require(documentOf(paper).isEmpty(), "emulation.paper.error.issued");
        RuleViolation.require(paper == ClusterPaper.AGREEMENT || status == AgreementStatus.RANKED,
                "emulation.paper.error.notRanked");
    }

    /** The agreement's paper or the meeting's minutes as a draft on the document route. */
    void drafted(ClusterPaper paper, DraftId draftId) {
        if (paper == ClusterPaper.AGREEMENT) {
            this.agreementDraftId = draftId.value();
        } else {
            this.minutesDraftId = draftId.value();
        }
    }

    void issued(ClusterPaper paper, DocumentRef document) {
        if (paper == ClusterPaper.AGREEMENT) {
            this.agreementDocument = document;
        } else {
            this.minutesDocument = document;
        }
    }

    Optional<DraftId> draftOf(ClusterPaper paper) {
        return Optional.ofNullable(paper == ClusterPaper.AGREEMENT ? agreementDraftId : minutesDraftId)
                .map(DraftId::of);
    }

    Optional<DocumentRef> documentOf(ClusterPaper paper) {
        return Optional.ofNullable(paper == ClusterPaper.AGREEMENT ? agreementDocument : minutesDocument);
    }

    AgreementId id() {
        return AgreementId.of(id);
    }

    ClusterId clusterId() {
        return ClusterId.of(clusterId);
    }

    CampaignId campaignId() {
        return campaignId == null ? null : CampaignId.of(campaignId);
    }

    int year() {
        return year;
    }

    AgreementSpan span() {
        return span;
    }

    UnitId chairUnitId() {
        return UnitId.of(chairUnitId);
    }

    Optional<RoundId> inspectionRound() {
        return Optional.ofNullable(inspectionRoundId).map(RoundId::of);
    }

    AgreementStatus status() {
        return status;
    }

    List<AgreementCriterion> criteria() {
        return criteria.stream().map(CriterionRow::view).toList();
    }

    Optional<AgreementCriterion> criterion(String code) {
        return criteria().stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }

    Map<UnitId, String> commitments() {
        Map<UnitId, String> byUnit = new HashMap<>();
        commitments.forEach((unit, text) -> byUnit.put(UnitId.of(unit), text));
        return byUnit;
    }

    Instant rankedAt() {
        return rankedAt;
    }

    long version() {
        return version;
    }
}
