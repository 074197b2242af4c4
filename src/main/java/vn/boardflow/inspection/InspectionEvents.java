package vn.boardflow.inspection;

import java.util.List;
import java.util.Map;
import vn.boardflow.inspection.Remedies.RemedyStatus;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;

/**
 * What happens to an inspection round and its wards' inspections, as the rest of the application hears of
 * it: each event is written to the audit log in the transaction of the change.
 */
public interface InspectionEvents {

    record RoundRevised(long roundId, UnitId unitId, long templateBefore, boolean selfAssessmentBefore, long templateId,
                        boolean selfAssessment) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.revised", "InspectionRound", roundId, unitId,
                    Map.of("templateId", templateBefore, "selfAssessment", selfAssessmentBefore),
                    Map.of("templateId", templateId, "selfAssessment", selfAssessment));
        }
    }

    record RoundScheduled(long roundId, UnitId unitId, int teams, int visits) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.scheduled", "InspectionRound", roundId, unitId, null,
                    Map.of("teams", teams, "visits", visits));
        }
    }

    record ScheduleConfirmed(long roundId, UnitId unitId, int wards) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.confirmed", "InspectionRound", roundId, unitId, null,
                    Map.of("wards", wards));
        }
    }

    /** The round's Kế hoạch kiểm tra was issued. */
    record RoundPlanIssued(long roundId, UnitId unitId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.planIssued", "InspectionRound", roundId, unitId, null,
                    Map.of("symbol", symbol));
        }
    }

    /** The round's Báo cáo kết quả kiểm tra was issued, which ends the round. */
    record RoundReported(long roundId, UnitId unitId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.reported", "InspectionRound", roundId, unitId, null,
                    Map.of("symbol", symbol));
        }
    }

    record WardInspectionSubmitted(long wardInspectionId, UnitId wardId, int total, Rating rating) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.submitted", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total, "rating", rating.name()));
        }
    }

    record SelfAssessmentSubmitted(long wardInspectionId, UnitId wardId, int total) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.selfAssessed", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total));
        }
    }

    /** @param remedies how many remedial tasks the closing gave the ward */
    record WardInspectionClosed(long wardInspectionId, UnitId wardId, int total, Rating rating, int remedies)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.closed", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total, "rating", rating.name(), "remedies", remedies));
        }
    }

    record MinutesIssued(long wardInspectionId, UnitId wardId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.minutesIssued", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("symbol", symbol));
        }
    }

    record RoundOpened(long roundId, UnitId unitId, int year, InspectionPeriod period, String openedBy)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.opened", "InspectionRound", roundId, unitId, null,
                    Map.of("year", year, "period", period.name(), "by", openedBy));
        }
    }

    /** The team was reminded of its visit to the ward. */
    record VisitReminded(long wardInspectionId, UnitId wardId, List<String> recipients) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.visitReminded", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("recipients", recipients));
        }
    }

    /**
     * A file was attached to ({@code attached}) or removed from a ward's inspection, as evidence for a criterion
     * or for a remedial task.
     *
     * @param target {@code criterion 1.1} or {@code remedy 12}
     */
    record EvidenceChanged(boolean attached, long wardInspectionId, UnitId wardId, String fileName, int size,
                           String target) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(attached ? "inspection.evidenceAttached" : "inspection.evidenceRemoved",
                    "WardInspection", wardInspectionId, wardId, null, attached
                            ? Map.of("file", fileName, "size", size, "target", target)
                            : Map.of("file", fileName, "target", target));
        }
    }

    /** @param step {@code reported}, {@code accepted} or {@code returned} */
    record RemedyStepTaken(String step, long remedyId, UnitId wardId, RemedyStatus status) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("remedy." + step, "RemedialTask", remedyId, wardId, null,
                    Map.of("status", status.name()));
        }
    }

    /** @param late whether the deadline had passed (a late notice) or was near (a reminder) */
    record RemedyReminded(boolean late, long remedyId, UnitId wardId, List<String> recipients) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(late ? "remedy.late" : "remedy.reminded", "RemedialTask", remedyId, wardId, null,
                    Map.of("recipients", recipients));
        }
    }

    /** A checklist (or a revision of one) was published for a body, or for every body ({@code unitId} null). */
    record ChecklistPublished(long templateId, UnitId unitId, String name, int revision, int maxScore)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("checklist.published", "ChecklistTemplate", templateId, unitId, null,
                    Map.of("name", name, "revision", revision, "maxScore", maxScore));
        }
    }

    record ChecklistRetired(long templateId, UnitId unitId, String name) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("checklist.retired", "ChecklistTemplate", templateId, unitId, null,
                    Map.of("name", name));
        }
    }
}
