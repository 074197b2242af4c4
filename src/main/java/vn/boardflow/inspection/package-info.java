/**
 * Inspections (Kiểm tra): mid-year and year-end rounds of a body, teams that visit or check the papers
 * of its wards, checklists (bộ tiêu chí) with their scores and ratings, minutes and the summary report.
 * Its checklists, evidence and remedies are nested modules that implement parts of this API and the ports
 * in {@code internal}; nothing outside them names them.
 */
@ApplicationModule(displayName = "Inspections", allowedDependencies = {"shared", "org", "workflow", "document", "drafting", "plan"})
package vn.boardflow.inspection;

import org.springframework.modulith.ApplicationModule;
