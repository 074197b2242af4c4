package vn.boardflow.inspection;

import vn.boardflow.drafting.DraftId;

/**
 * The round's two documents, which its organisers draft from what the round holds and send along the document
 * route: the body's reviewers, its head's sign-off and the records clerk's issuance follow as for any document,
 * on the draft's page. Asked again while a paper's draft is on its way, each gives that draft.
 */
public interface RoundDocuments {

    /**
     * The round's inspection plan (Kế hoạch kiểm tra) from its confirmed schedule: purpose, checklist, teams and the
     * visits, for the wards' boards, the body's head proposed to sign it.
     */
    DraftId draftPlan(RoundId roundId);

    /**
     * The round's summary report (Báo cáo kết quả kiểm tra) once every ward is closed, for the wards' boards; this
     * is the round's last step, and its issuance closes the round.
     */
    DraftId draftReport(RoundId roundId);
}
