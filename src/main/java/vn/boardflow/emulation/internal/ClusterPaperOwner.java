package vn.boardflow.emulation.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.drafting.DraftEvents.DraftStepTaken;
import vn.boardflow.drafting.DraftOwner;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.emulation.ClusterPaper;

/**
 * An agreement's paper on the document route: the minutes go on it only once the members are ranked, and the
 * agreement keeps each paper's number once the clerk has issued it.
 */
abstract class ClusterPaperOwner implements DraftOwner {

    private final ClusterPaper paper;
    private final AgreementRepository agreements;

    ClusterPaperOwner(ClusterPaper paper, AgreementRepository agreements) {
        this.paper = paper;
        this.agreements = agreements;
    }

    @Override
    public String feature() {
        return paper.feature();
    }

    @Override
    public void checkSubmittable(long agreementId) {
        agreements.findById(agreementId).ifPresent(agreement -> agreement.requireDraftable(paper));
    }

    @EventListener
    void on(DraftStepTaken step) {
        if (step.of(feature()) && step.after() == DraftStatus.ISSUED && step.document() != null) {
            agreements.findById(step.origin().subjectId()).ifPresent(agreement -> agreement.issued(paper,
                    step.document()));
        }
    }

    @Component
    static class AgreementOwner extends ClusterPaperOwner {

        AgreementOwner(AgreementRepository agreements) {
            super(ClusterPaper.AGREEMENT, agreements);
        }
    }

    @Component
    static class MinutesOwner extends ClusterPaperOwner {

        MinutesOwner(AgreementRepository agreements) {
            super(ClusterPaper.MINUTES, agreements);
        }
    }
}
