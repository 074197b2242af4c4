package vn.boardflow.inspection;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

/**
 * What happens to an inspection round and its wards' inspections, as the rest of the application hears of
 * it: each event is written to the audit log in the transaction of the change.
 */
public interface InspectionEvents {

    record RoundRevised(long roundId, long unitId, long templateBefore, boolean selfAssessmentBefore, long templateId,
                        boolean selfAssessment) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.revised", "InspectionRound", roundId, unitId,
                    Map.of("templateId", templateBefore, "selfAssessment", selfAssessmentBefore),
                    Map.of("templateId", templateId, "selfAssessment", selfAssessment));
        }
    }

    record RoundScheduled(long roundId, long unitId, int teams, int visits) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.scheduled", "InspectionRound", roundId, unitId, null,
                    Map.of("teams", teams, "visits", visits));
        }
    }

    record ScheduleConfirmed(long roundId, long unitId, int wards) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.confirmed", "InspectionRound", roundId, unitId, null,
                    Map.of("wards", wards));
        }
    }

    /** The round's Kế hoạch kiểm tra was issued. */
    record RoundPlanIssued(long roundId, long unitId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.planIssued", "InspectionRound", roundId, unitId, null,
                    Map.of("symbol", symbol));
        }
    }

    /** The round's Báo cáo kết quả kiểm tra was issued, which ends the round. */
    record RoundReported(long roundId, long unitId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.reported", "InspectionRound", roundId, unitId, null,
                    Map.of("symbol", symbol));
        }
    }

    record WardInspectionSubmitted(long wardInspectionId, long wardId, int total, Rating rating) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.submitted", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total, "rating", rating.name()));
        }
    }

    record SelfAssessmentSubmitted(long wardInspectionId, long wardId, int total) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.selfAssessed", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total));
        }
    }

    /** @param remedies how many remedial tasks the closing gave the ward */
    record WardInspectionClosed(long wardInspectionId, long wardId, int total, Rating rating, int remedies)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.closed", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("total", total, "rating", rating.name(), "remedies", remedies));
        }
    }

    record MinutesIssued(long wardInspectionId, long wardId, String symbol) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("inspection.minutesIssued", "WardInspection", wardInspectionId, wardId, null,
                    Map.of("symbol", symbol));
        }
    }
}
