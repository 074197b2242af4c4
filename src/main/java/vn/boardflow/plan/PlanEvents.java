package vn.boardflow.plan;

import java.util.Locale;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;
import vn.boardflow.plan.Indicators.IndicatorDetails;

/**
 * What happens to annual plans, as the rest of the application hears of it. Each event is written to the
 * audit log in the transaction of the change; the plan's history and the drafter's notices follow them too.
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

    record PlanCommented(PlanId planId, UnitId unitId, String comment) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("plan.commented", "AnnualPlan", planId, unitId, null, Map.of("comment", comment));
        }
    }

    /**
     * A step of the approval process was taken on a plan: its history, the audit log and the drafter's notices
     * follow from this.
     *
     * @param drafter   user name of who created the plan
     * @param actingFor user name of the colleague the actor stood in for, or {@code null}
     * @param comment   the comment given with the step (for an issue, the document's symbol), or {@code null}
     */
    record PlanStepTaken(Step step, PlanId planId, UnitId unitId, int year, String drafter, PlanStatus before,
                         PlanStatus after, String actingFor, String comment) implements Audited {

        public enum Step {
            SUBMITTED, CANCELLED, APPROVED, RETURNED, SIGNED, ISSUED;

            /** As the history and the audit log name it: {@code submitted}, {@code signed}, … */
            public String action() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        public boolean commented() {
            return comment != null && !comment.isBlank();
        }

        @Override
        public AuditRecord audit() {
            AuditRecord record = AuditRecord.of("plan." + step.action(), "AnnualPlan", planId, unitId,
                    Map.of("status", before.name()), commented()
                            ? Map.of("status", after.name(), "comment", comment.strip())
                            : Map.of("status", after.name()));
            return actingFor == null ? record : record.actingFor(actingFor);
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
