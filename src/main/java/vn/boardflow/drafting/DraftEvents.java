package vn.boardflow.drafting;

import java.util.Map;
import vn.boardflow.org.AuditLog.AuditRecord;
import vn.boardflow.org.Audited;
import vn.boardflow.org.UnitId;

/** What the drafting module tells the rest of the application; each is written to the audit log. */
public interface DraftEvents {

    record DraftCreated(DraftId draftId, UnitId unitId, String type, String summary) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("draft.created", "DocumentDraft", draftId, unitId, null,
                    Map.of("type", type, "summary", summary));
        }
    }

    record DraftSaved(DraftId draftId, UnitId unitId, int revision, String summary) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("draft.saved", "DocumentDraft", draftId, unitId, null,
                    Map.of("revision", revision, "summary", summary));
        }
    }

    record DraftCommented(DraftId draftId, UnitId unitId, int revision, String comment) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("draft.commented", "DocumentDraft", draftId, unitId, null,
                    Map.of("revision", revision, "comment", comment));
        }
    }
}
