package vn.boardflow.emulation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.inspection.RoundId;
import vn.boardflow.org.UnitId;

/**
 * A cluster's agreements (giao ước thi đua), each of a campaign, for a half-year or a year: the criteria with
 * their weights and maximum scores, bonus and penalty items, each member's committed targets, the chair, and the
 * inspection round its inspection criteria read. The body's secretariat draws it up; the cluster's members see it.
 */
public interface Agreements {

    /**
     * A new agreement as it is offered: the criteria the system scores itself and the usual ones the units score,
     * the chair the next member after the previous agreement's, and the inspection round given, else the body's
     * round of that year and period; the inspection criteria are offered only with a round.
     *
     * @param round the round to read, {@code null} for the body's round of the year and period if it has one
     */
    NewAgreement proposal(ClusterId clusterId, CampaignId campaignId, int year, AgreementSpan span, RoundId round);

    AgreementId create(NewAgreement agreement);

    Optional<AgreementView> find(AgreementId id);

    /** The agreements of a campaign the user sees. */
    List<AgreementView> ofCampaign(CampaignId campaignId);

    /** The body's inspection rounds an agreement may read, the latest first. */
    List<RoundChoice> rounds(ClusterId clusterId);

    /**
     * @param inspectionRound the round its inspection and remedy criteria read, {@code null} for none (those
     *                        criteria are then scored by the units)
     * @param commitments     each member's committed targets (chỉ tiêu đăng ký), in its own words
     */
    record NewAgreement(ClusterId clusterId, CampaignId campaignId, int year, AgreementSpan span, UnitId chairUnitId,
                        RoundId inspectionRound, List<AgreementCriterion> criteria, Map<UnitId, String> commitments) {

        public NewAgreement {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
        }
    }

    record RoundChoice(RoundId id, String title) {
    }

    /** A paper's draft, and its number once issued ({@code document} {@code null} before). */
    record PaperView(ClusterPaper paper, DraftId draftId, DocumentRef document) {
    }

    enum AgreementStatus {
        /** Drawn up; the members score. */
        OPEN,
        /** The chair has ranked the members at the cluster's meeting: the scores are kept as they were. */
        RANKED;

        public String messageKey() {
            return "emulation.agreement.status." + name();
        }
    }

    /**
     * @param members   the cluster's members, in rotation order, each with its commitment
     * @param mayManage the user is of the body's secretariat
     * @param chairs    the user is an officer of the chair unit
     * @param papers    the agreement's papers on the document route, those drafted so far
     */
    record AgreementView(AgreementId id, Clusters.ClusterView cluster, CampaignId campaignId, int year,
                         AgreementSpan span, Clusters.Member chair, RoundChoice inspectionRound,
                         List<AgreementCriterion> criteria, Map<UnitId, String> commitments, AgreementStatus status,
                         long version, boolean mayManage, boolean chairs, List<PaperView> papers) {

        public AgreementView {
            criteria = List.copyOf(criteria);
            commitments = Map.copyOf(commitments);
            papers = List.copyOf(papers);
        }

        public Optional<PaperView> paper(ClusterPaper kind) {
            return papers.stream().filter(paper -> paper.paper() == kind).findFirst();
        }

        public String title() {
            return title(span, year, cluster.name());
        }

        /** "Giao ước thi đua 6 tháng đầu năm 2018 · Cụm thi đua số 1", as screens and papers name it. */
        public static String title(AgreementSpan span, int year, String clusterName) {
            return "Giao ước thi đua " + span.label(year) + " · " + clusterName;
        }
    }
}
