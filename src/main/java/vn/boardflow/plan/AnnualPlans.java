package vn.boardflow.plan;

import java.util.List;
import java.util.Optional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.drafting.DraftStatus;
import vn.boardflow.org.UnitId;

/**
 * Annual plans as drafters, reviewers, leaders and clerks of a body find and read them; ward officers read
 * their ward's allocated targets once a plan is issued. Drafting is {@link PlanDrafting}, the discussion
 * {@link PlanComments}, the record of steps {@link PlanTrail}, the steps themselves {@link PlanApproval}.
 * Every method checks the user's role and units on the server.
 */
public interface AnnualPlans {

    List<PlanSummary> search(PlanFilter filter, int offset, int limit);

    int count(PlanFilter filter);

    Optional<PlanView> find(PlanId planId);

    /** The bodies whose plans the user may draft. */
    List<IssuingBodyView> draftingBodies();

    /** The wards a body allocates targets to, in the order of the tree. */
    List<Ward> wards(IssuingBodyId issuingBodyId);

    /** Whether the body has a plan of the year (cancelled ones aside), which a new plan may start from. */
    boolean exists(IssuingBodyId issuingBodyId, int year);

    /** The targets issued plans gave to the user's wards. */
    List<WardTarget> wardTargets();

    record PlanFilter(Integer year, DraftStatus status, IssuingBodyId issuingBodyId) {

        public static PlanFilter none() {
            return new PlanFilter(null, null, null);
        }
    }

    record Ward(UnitId unitId, String name) {
    }

    record WardTarget(PlanId planId, int year, String issuingBodyName, String documentSymbol, UnitId wardUnitId,
                      String wardName, String indicator, String unitOfMeasure, long share, long cityValue) {
    }
}
