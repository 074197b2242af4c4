/**
 * Annual plans (Kế hoạch năm): the draft with its targets allocated to the wards, its way through
 * review and sign-off in the {@code annualPlan} process, and its issuance as a numbered document.
 */
@ApplicationModule(displayName = "Annual plans", allowedDependencies = {"shared", "org", "workflow", "document"})
package vn.boardflow.plan;

import org.springframework.modulith.ApplicationModule;
