/**
 * Annual plans (Kế hoạch năm): the draft with its targets allocated to the wards, written on the plan's own
 * screens and carried along the document route (review, sign-off and issuance as a numbered Kế hoạch) as a
 * draft of the drafting module, whose steps the plan follows.
 */
@ApplicationModule(displayName = "Annual plans", allowedDependencies = {"shared", "org", "document", "drafting"})
package vn.boardflow.plan;

import org.springframework.modulith.ApplicationModule;
