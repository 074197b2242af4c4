package vn.boardflow.plan;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

public record PlanCommented(long planId, long unitId, String comment) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("plan.commented", "AnnualPlan", planId, unitId, null, Map.of("comment", comment));
    }
}
