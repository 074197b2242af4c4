package vn.boardflow.drafting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.boardflow.document.DocumentRef;
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

    /** A file was attached to the draft as an annex, or removed from it. */
    record DraftFileChanged(DraftId draftId, UnitId unitId, String fileName, boolean attached) implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of(attached ? "draft.fileAttached" : "draft.fileRemoved", "DocumentDraft", draftId,
                    unitId, attached ? null : Map.of("fileName", fileName), attached ? Map.of("fileName", fileName) : null);
        }
    }

    /**
     * A step of the draft's route was taken: its history, the audit log and the drafter's notices follow from this.
     *
     * @param drafter   user name of who created the draft
     * @param revision  the version the step was taken on
     * @param actingFor user name of the colleague the actor stood in for, or {@code null}
     * @param comment   the comment given with the step (for an issue, the document's symbol), or {@code null}
     * @param origin    the feature that writes the draft, which follows its steps; {@code null} for the editor's
     * @param document  the issued document, once issued
     */
    record DraftStepTaken(Step step, DraftId draftId, UnitId unitId, String drafter, String summary,
                          DraftStatus before, DraftStatus after, int revision, String actingFor, String comment,
                          DraftOrigin origin, DocumentRef document)
            implements Audited {

        /** Whether the step was taken on a draft of that feature's. */
        public boolean of(String feature) {
            return origin != null && origin.feature().equals(feature);
        }

        /** {@code REOPENED}: changed after sign-off, so back to be submitted and signed again. */
        public enum Step {
            SUBMITTED, RECALLED, CANCELLED, APPROVED, RETURNED, SIGNED, REOPENED, ISSUED;

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
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", this.after.name());
            after.put("revision", revision);
            if (commented()) {
                after.put("comment", comment.strip());
            }
            AuditRecord record = AuditRecord.of("draft." + step.action(), "DocumentDraft", draftId, unitId,
                    Map.of("status", before.name()), after);
            return actingFor == null ? record : record.actingFor(actingFor);
        }
    }

    /** An administrator set the route a type of the body's documents takes. */
    record DraftRouteSet(long issuingBodyId, UnitId unitId, String type, DraftRoute before, DraftRoute after)
            implements Audited {

        @Override
        public AuditRecord audit() {
            return AuditRecord.of("draft.routeSet", "IssuingBody", issuingBodyId, unitId, state(before), state(after));
        }

        private Map<String, Object> state(DraftRoute route) {
            return Map.of("type", type, "reviewSteps", route.reviewSteps(), "leaderSigns", route.leaderSigns());
        }
    }
}
