package vn.boardflow.plan;

import java.util.Locale;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

/**
 * A step of the approval process was taken on a plan: its history, the audit log and the drafter's notices
 * follow from this.
 *
 * @param drafter   user name of who created the plan
 * @param actingFor user name of the colleague the actor stood in for, or {@code null}
 * @param comment   the comment given with the step (for an issue, the document's symbol), or {@code null}
 */
public record PlanStepTaken(Step step, long planId, long unitId, int year, String drafter, PlanStatus before,
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
