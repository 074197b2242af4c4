package vn.boardflow.inspection;

import java.util.List;
import vn.boardflow.inspection.Remedies.RemedyDraft;

/** The team head ends a ward's inspection. */
public interface WardInspectionClosing {

    /**
     * The head accepts the submitted checklist and closes the ward's inspection; each remedy becomes a
     * remedial task for the ward (see {@link Remedies}).
     */
    void close(WardInspectionId id, List<RemedyDraft> remedies);
}
