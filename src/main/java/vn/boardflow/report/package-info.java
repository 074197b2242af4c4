/**
 * Periodic reports (báo cáo tháng, quý, năm): report forms a body's units report on, each unit's report of a
 * period beside its targets from the issued plan, checked, sent, returned or accepted by the secretariat, each
 * period of a form running as a {@code reportPeriod} process.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "org", "workflow", "document", "plan"})
package vn.boardflow.report;

import org.springframework.modulith.ApplicationModule;
