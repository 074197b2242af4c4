package vn.boardflow.emulation.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentRef;
import vn.boardflow.document.Issuers;
import vn.boardflow.document.Issuers.ProposedSigner;
import vn.boardflow.drafting.DraftContent;
import vn.boardflow.drafting.DraftId;
import vn.boardflow.drafting.DraftOrigin;
import vn.boardflow.drafting.FeatureDrafts;
import vn.boardflow.emulation.AgreementId;
import vn.boardflow.emulation.ClusterPaper;
import vn.boardflow.emulation.ClusterPapers;
import vn.boardflow.emulation.Scorecards;

/** Writes an agreement's papers from its data into their drafts, opening each draft the first time. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class ClusterPaperService implements ClusterPapers {

    private final EmulationRecords records;
    private final EmulationAccess access;
    private final CampaignRepository campaigns;
    private final Scorecards scorecards;
    private final FeatureDrafts drafts;
    private final Issuers issuers;

    ClusterPaperService(EmulationRecords records, EmulationAccess access, CampaignRepository campaigns,
                        Scorecards scorecards, FeatureDrafts drafts, Issuers issuers) {
        this.records = records;
        this.access = access;
        this.campaigns = campaigns;
        this.scorecards = scorecards;
        this.drafts = drafts;
        this.issuers = issuers;
    }

    @Override
    public DraftId draft(AgreementId agreementId, ClusterPaper paper) {
        ClusterAgreement agreement = records.agreement(agreementId);
        EmulationCluster cluster = records.cluster(agreement.clusterId());
        access.requireManages(cluster.issuingBodyId());
        agreement.requireDraftable(paper);
        ProposedSigner head = issuers.headOf(cluster.issuingBodyId());
        DraftContent content = paper == ClusterPaper.AGREEMENT
                ? AgreementPaper.draft(records.view(agreement, cluster), campaignName(agreement), head)
                : MinutesPaper.draft(scorecards.of(agreementId).orElseThrow(),
                agreement.documentOf(ClusterPaper.AGREEMENT).map(DocumentRef::symbol).orElse(null), head);
        return agreement.draftOf(paper).map(id -> {
            drafts.write(id, content);
            return id;
        }).orElseGet(() -> {
            DraftId id = drafts.open(new DraftOrigin(paper.feature(), agreementId.value(),
                    "emulation/agreements/" + agreementId), cluster.issuingBodyId(), content);
            agreement.drafted(paper, id);
            return id;
        });
    }

    private String campaignName(ClusterAgreement agreement) {
        return agreement.campaignId() == null ? "phong trào thi đua của cơ quan"
                : campaigns.findById(agreement.campaignId().value()).map(EmulationCampaign::name).orElseThrow();
    }
}
