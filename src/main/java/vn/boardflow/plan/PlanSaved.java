package vn.boardflow.plan;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

public record PlanSaved(long planId, long unitId, long versionBefore, String summaryBefore, long version,
                        String summary) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("plan.saved", "AnnualPlan", planId, unitId,
                Map.of("version", versionBefore, "summary", summaryBefore),
                Map.of("version", version, "summary", summary));
    }
}
