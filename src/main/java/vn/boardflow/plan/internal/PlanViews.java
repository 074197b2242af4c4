package vn.boardflow.plan.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.boardflow.document.IssuingBodies;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;
import vn.boardflow.org.Role;
import vn.boardflow.org.UserDirectory;
import vn.boardflow.plan.PlanView;

/** A plan as its screen shows it to the signed-in user; what they may do on its route, its draft tells. */
@Component
class PlanViews {

    private final IssuingBodies bodies;
    private final UserDirectory users;
    private final AccessPolicy access;

    PlanViews(IssuingBodies bodies, UserDirectory users, AccessPolicy access) {
        this.bodies = bodies;
        this.users = users;
        this.access = access;
    }

    PlanView of(AnnualPlan plan) {
        IssuingBodyView body = bodies.find(plan.issuingBodyId()).orElse(null);
        String creatorName = users.fullNames(List.of(plan.createdBy())).getOrDefault(plan.createdBy(), plan.createdBy());
        return new PlanView(plan.planId(), plan.version(), plan.issuingBodyId(), bodyName(body), plan.unitId(), plan.year(),
                plan.status(), plan.content(), plan.createdBy(), creatorName, plan.createdAt(), plan.updatedAt(),
                plan.draftId(), plan.documentId(), plan.documentSymbol(),
                plan.status().editable() && access.can(Role.DRAFTER, plan.unitId()));
    }

    static String bodyName(IssuingBodyView body) {
        return body == null ? "" : body.nameOnOneLine();
    }
}
