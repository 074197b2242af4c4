package vn.boardflow.plan;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.Indicators.IndicatorDetails;

/**
 * What happens to annual plans, as the rest of the application hears of it. Each event is written to the
 * audit log in the transaction of the change; the steps of a plan's route are its draft's ({@code DraftStepTaken}).
 */
public interface PlanEvents {

    /** @param copied whether the draft started from the body's plan of the year before */
    record PlanCreated(PlanId planId, UnitId unitId, int year, String bodyAbbreviation, boolean copied)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("plan.created", "AnnualPlan", planId, unitId, null,
                    Map.of("year", year, "body", bodyAbbreviation, "copied", copied));
        }
    }

    record PlanSaved(PlanId planId, UnitId unitId, long versionBefore, String summaryBefore, long version,
                     String summary) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("plan.saved", "AnnualPlan", planId, unitId,
                    Map.of("version", versionBefore, "summary", summaryBefore),
                    Map.of("version", version, "summary", summary));
        }
    }

    /** An administrator added an indicator to the catalogue ({@code before} is {@code null}) or changed one. */
    record IndicatorSaved(long indicatorId, IndicatorDetails before, IndicatorDetails after) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(before == null ? "indicator.created" : "indicator.updated", "Indicator", indicatorId,
                    null, before == null ? null : state(before), state(after));
        }

        private static Map<String, Object> state(IndicatorDetails details) {
            return Map.of("name", details.name(), "unitOfMeasure", details.unitOfMeasure(),
                    "allocated", details.allocated(), "active", details.active());
        }
    }
}
