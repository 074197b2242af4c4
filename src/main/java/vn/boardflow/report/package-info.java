/**
 * Periodic reports (báo cáo tháng, quý, năm): report forms a body's units report on, each unit's report of a
 * period beside its targets from the issued plan, checked, sent, returned or accepted by the secretariat, each
 * period of a form running as a {@code reportPeriod} process; the secretariat consolidates a period into the body's
 * Báo cáo, a draft on the document route.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "org", "workflow", "document", "drafting", "plan"})
package vn.boardflow.report;

import org.springframework.modulith.ApplicationModule;
