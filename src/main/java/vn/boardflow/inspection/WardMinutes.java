package vn.boardflow.inspection;

import java.time.LocalDate;
import vn.boardflow.document.IssuedDocumentView;

/** The Biên bản kiểm tra of a closed ward inspection. */
public interface WardMinutes {

    /**
     * The records clerk issues the minutes through the body's register, with the score table, signed by the
     * team head and countersigned by the ward, sent to the ward's board.
     */
    IssuedDocumentView issue(WardInspectionId id, LocalDate issuedOn);
}
