package vn.boardflow.plan.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.Issuers.Issuer;
import vn.boardflow.document.Issuers;
import vn.boardflow.org.Organisation;
import vn.boardflow.plan.PlanStatus;
import vn.boardflow.shared.RuleViolation;

/** Issues a signed-off plan as its body's Kế hoạch, with the wards' shares as they stand today. */
@Component
class PlanIssue {

    private final Issuers issuers;
    private final DocumentIssuance issuance;
    private final Organisation organisation;

    PlanIssue(Issuers issuers, DocumentIssuance issuance, Organisation organisation) {
        this.issuers = issuers;
        this.issuance = issuance;
        this.organisation = organisation;
    }

    IssuedDocumentView issue(AnnualPlan plan, LocalDate issuedOn) {
        Issuer issuer = issuers.issuing(plan.issuingBodyId(), issuedOn);
        if (plan.status() != PlanStatus.AWAITING_ISSUANCE) {
            throw new RuleViolation("plan.error.notAwaitingIssuance");
        }
        return issuance.issue(PlanDocument.issue(issuer, plan.year(), plan.content(),
                PlanWards.of(organisation.today(), plan.unitId())));
    }
}
