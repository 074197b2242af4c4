/**
 * Periodic reports (báo cáo tháng, quý, năm): report forms a body's units report on, each unit's report of a
 * period beside its targets from the issued plan, checked, sent, returned or accepted by the secretariat.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "org", "document", "plan"})
package vn.boardflow.report;

import org.springframework.modulith.ApplicationModule;
