package vn.boardflow.emulation;

import java.time.LocalDate;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;

/** What happens to the commendation rules and the clusters' agreements, as the audit log hears of it. */
public interface EmulationEvents {

    /** A rule or base salary row was added ({@code lastDay} {@code null}) or given its last day. */
    record RuleChanged(String entity, long id, String what, String legalBasis, LocalDate validFrom, LocalDate lastDay)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return lastDay == null
                    ? AuditRecord.of("commendation.rule.added", entity, id, null, null,
                            Map.of("rule", what, "legalBasis", legalBasis, "validFrom", validFrom.toString()))
                    : AuditRecord.of("commendation.rule.closed", entity, id, null, null,
                            Map.of("rule", what, "validTo", lastDay.toString()));
        }
    }

    /** The chair ranked the members of an agreement at the cluster's meeting. */
    record AgreementRanked(AgreementId agreementId, UnitId chairUnitId, Map<String, Integer> ranks) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("emulation.agreement.ranked", "ClusterAgreement", agreementId, chairUnitId, null,
                    Map.of("ranks", ranks));
        }
    }

    /** A member's scorecard was scored: by the member itself ({@code by} "own"), another member, or the chair. */
    record CardScored(AgreementId agreementId, UnitId unitId, String by, Map<String, String> scores)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("emulation.score." + by, "Scorecard", agreementId + "/" + unitId, unitId, null,
                    Map.of("scores", scores));
        }
    }
}
