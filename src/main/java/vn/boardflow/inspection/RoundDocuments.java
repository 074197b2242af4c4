package vn.boardflow.inspection;

import java.time.LocalDate;
import vn.boardflow.document.IssuedDocumentView;

/** The round's two documents, which the body's records clerk issues and its head signs. */
public interface RoundDocuments {

    /**
     * The round's inspection plan (Kế hoạch kiểm tra) from its confirmed schedule: purpose, checklist, teams
     * and the visits, sent to the wards' boards.
     */
    IssuedDocumentView issuePlan(RoundId roundId, LocalDate issuedOn);

    /**
     * The round's summary report (Báo cáo kết quả kiểm tra) once every ward is closed, sent to the wards'
     * boards; the round is then closed.
     */
    IssuedDocumentView issueReport(RoundId roundId, LocalDate issuedOn);
}
