/**
 * Emulation and commendation (thi đua, khen thưởng): a body's campaigns, its clusters of units (cụm thi đua) and
 * their agreements (giao ước thi đua), each member's scorecard filled from the system's own reports and inspections
 * where it knows the answer, and the titles and forms of commendation as data with their legal basis. It reads the
 * reports and the inspections through their APIs only.
 */
@ApplicationModule(displayName = "Emulation", allowedDependencies = {"shared", "org", "document", "drafting", "workflow",
        "report", "inspection"})
package vn.boardflow.emulation;

import org.springframework.modulith.ApplicationModule;
