package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;

/**
 * What happens to issued documents, their registers and their bodies, as the rest of the application hears
 * of it. Each event is written to the audit log in the transaction of the change.
 */
public interface DocumentEvents {

    /**
     * A document got its number and went into the register. In the same transaction the units it was sent to
     * receive it among their incoming documents; once that commits, its Word file is written.
     *
     * @param recipientUnits the units on its distribution list, each once
     */
    record DocumentIssued(long documentId, UnitId unitId, String symbol, String summary, int recipients,
                          List<UnitId> recipientUnits) implements Audited {

        public DocumentIssued {
            recipientUnits = List.copyOf(recipientUnits);
        }

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("document.issued", "IssuedDocument", documentId, unitId, null,
                    Map.of("symbol", symbol, "summary", summary, "recipients", recipients));
        }
    }

    /** A file was kept with an issued document: an annex, or the signed copy ({@code replaced} the one before). */
    record DocumentAttached(long documentId, UnitId unitId, String kind, String fileName, boolean replaced)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("document.attached", "IssuedDocument", documentId, unitId, null,
                    Map.of("kind", kind, "fileName", fileName, "replaced", replaced));
        }
    }

    /** A number was taken from the register, for a document issued here or one typed in by the clerk. */
    record RegisterNumbered(long entryId, UnitId unitId, String symbol, LocalDate issuedOn, String summary)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("register.numbered", "RegisterEntry", entryId, unitId, null,
                    Map.of("symbol", symbol, "issuedOn", issuedOn.toString(), "summary", summary));
        }
    }

    record RegisterEntryVoided(long entryId, UnitId unitId, String reason) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("register.voided", "RegisterEntry", entryId, unitId, Map.of("voided", false),
                    Map.of("voided", true, "reason", reason));
        }
    }

    /** A register migrated mid-year continues from {@code next}, where BoardFlow would have given {@code nextBefore}. */
    record RegisterStarted(long startId, UnitId unitId, int year, String sequence, int nextBefore, int next,
                           String reason) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("register.started", "RegisterStart", startId, unitId, Map.of("next", nextBefore),
                    Map.of("year", year, "sequence", sequence, "next", next, "reason", reason));
        }
    }

    /** A body was configured ({@code before} is {@code null}) or changed; the states as the body prints them. */
    record IssuingBodySaved(IssuingBodyId bodyId, UnitId unitId, String before, String after) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(before == null ? "issuingBody.created" : "issuingBody.updated", "IssuingBody", bodyId,
                    unitId, before == null ? null : Map.of("view", before), Map.of("view", after));
        }
    }

    record TemplateUploaded(long templateId, DocumentType type, int version, String fileName) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("template.uploaded", "DocumentTemplate", templateId, null, null,
                    Map.of("type", type.name(), "version", version, "fileName", fileName));
        }
    }
}
