package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.boardflow.org.Audited;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.UnitId;

/** What happens to settlements and norms, as the audit log and the rest of the application hear of it. */
public interface FundEvents {

    /** A dossier was opened, or took a step of its route; the ward is the unit it is about. */
    record SettlementStepTaken(SettlementId settlementId, UnitId wardUnitId, SettlementStatus before,
                               SettlementStep step) implements Audited {

        @Override
        public AuditRecord audit() {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", step.after().name());
            if (step.comment() != null) {
                after.put("comment", step.comment());
            }
            if (!step.voucherComments().isEmpty()) {
                after.put("voucherComments", step.voucherComments());
            }
            if (step.amount() != null) {
                after.put("amount", step.amount().dong());
            }
            AuditRecord record = AuditRecord.of("settlement." + step.action().name().toLowerCase(Locale.ROOT),
                    "SettlementDossier", settlementId, wardUnitId,
                    before == null ? null : Map.of("status", before.name()), after);
            return step.actingFor() == null ? record : record.actingFor(step.actingFor());
        }
    }

    /** The ward was reminded that its advance is to be settled soon, or told with the accountants it is late. */
    record AdvanceReminded(boolean late, SettlementId settlementId, UnitId wardUnitId, List<String> recipients)
            implements Audited {

        public AdvanceReminded {
            recipients = List.copyOf(recipients);
        }

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(late ? "advance.late" : "advance.reminded", "SettlementDossier", settlementId,
                    wardUnitId, null, Map.of("recipients", recipients));
        }
    }

    record NormAdded(SpendingNorm norm) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("norm.added", "SpendingNorm", norm.id(), norm.provinceUnitId(), null,
                    Map.of("itemCode", norm.itemCode(), "name", norm.name(), "maxAmount", norm.maxAmount().dong(),
                            "legalBasis", norm.legalBasis(), "validFrom", norm.validFrom().toString()));
        }
    }

    record NormClosed(SpendingNorm norm, LocalDate lastDay) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("norm.closed", "SpendingNorm", norm.id(), norm.provinceUnitId(),
                    norm.validTo() == null ? Map.of() : Map.of("validTo", norm.validTo().toString()),
                    Map.of("validTo", lastDay.toString()));
        }
    }
}
