package vn.boardflow.drafting;

import java.time.LocalDate;
import vn.boardflow.document.IssuedDocumentView;

/**
 * A draft's route to issuance (bpmn/document-approval.bpmn20.xml): its drafter submits it, the drafting
 * unit's reviewers approve or return it, the body's leader signs off one version, and the clerk issues
 * exactly that version. Each step checks on the server that the user may take it now, the user's own task or
 * one that reached them as a substitute, and is written to the draft's history and the audit log.
 */
public interface DraftApproval {

    /** Sends the draft, as saved at {@code version}, along the route its type has in the body today. */
    void submit(DraftId id, long version);

    /** The drafter takes back a draft under review or awaiting signature, to write it again. */
    void recall(DraftId id);

    /** The drafter abandons a draft being written; the reason is required. */
    void cancel(DraftId id, String reason);

    /** The reviewer of the current step agrees; where the leader does not sign, the last one signs off. */
    void approve(DraftId id, String comment);

    /** Back to the drafter from review, sign-off or issuance, with the comment that says why (required). */
    void returnToDrafter(DraftId id, String comment);

    /**
     * The leader signs off the version they read. Refused when the draft was saved since, or when the format
     * check finds anything in it.
     */
    void signOff(DraftId id, int revision, String comment);

    /** The clerk issues the signed version: its number, the register, the recipients' lists and the Word file. */
    IssuedDocumentView issue(DraftId id, LocalDate issuedOn);
}
