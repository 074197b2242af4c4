package vn.boardflow.plan;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

/** @param copied whether the draft started from the body's plan of the year before */
public record PlanCreated(long planId, long unitId, int year, String bodyAbbreviation, boolean copied)
        implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("plan.created", "AnnualPlan", planId, unitId, null,
                Map.of("year", year, "body", bodyAbbreviation, "copied", copied));
    }
}
