package vn.boardflow.drafting;

import java.util.Map;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.IssuingBodyId;

/**
 * Each body's route per document type, set by its administrators within the bounds of {@link DraftRoute}. A
 * draft takes the route its type has when it is submitted, so a change applies from the next submission.
 */
public interface DraftRoutes {

    /** The route of the type in the body; {@link DraftRoute#STANDARD} unless the body set another. */
    DraftRoute of(IssuingBodyId issuingBodyId, DocumentType type);

    /** The routes the body set, by type; types not named take the standard route. */
    Map<DocumentType, DraftRoute> setIn(IssuingBodyId issuingBodyId);

    /** For the body's administrators; setting the standard route removes the body's own. */
    void set(IssuingBodyId issuingBodyId, DocumentType type, DraftRoute route);
}
