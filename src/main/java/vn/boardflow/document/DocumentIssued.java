package vn.boardflow.document;

import java.util.List;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;

/**
 * A document got its number and went into the register. In the same transaction the units it was sent to
 * receive it among their incoming documents; once that commits, its Word file is written.
 *
 * @param recipientUnits the units on its distribution list, each once
 */
public record DocumentIssued(long documentId, long unitId, String symbol, String summary, int recipients,
                             List<Long> recipientUnits) implements Audited {

    public DocumentIssued {
        recipientUnits = List.copyOf(recipientUnits);
    }

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("document.issued", "IssuedDocument", documentId, unitId, null,
                Map.of("symbol", symbol, "summary", summary, "recipients", recipients));
    }
}
