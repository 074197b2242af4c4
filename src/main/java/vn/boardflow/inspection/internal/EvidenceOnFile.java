package vn.boardflow.inspection.internal;

import java.util.Set;

/** What evidence is on file, for the steps that ask for it before they let a sheet or a report go. */
public interface EvidenceOnFile {

    /** The codes of the criteria of a ward's inspection that have evidence attached. */
    Set<String> criteriaBacked(long wardInspectionId);

    /** Whether anything is attached to show the remedial task put right. */
    boolean remedyBacked(long wardInspectionId, long remedyId);
}
