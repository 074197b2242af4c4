package vn.boardflow.drafting.internal;

import vn.boardflow.drafting.DraftStatus;

/** The key, user tasks, outcomes, variables and message of {@code bpmn/document-approval.bpmn20.xml}. */
final class DraftTasks {

    static final String PROCESS_KEY = "documentApproval";

    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    static final String SECOND_REVIEW = "secondReview";
    static final String SIGN_OFF = "signOff";
    static final String ISSUE = "issue";

    static final String OUTCOME = "outcome";
    static final String SUBMIT = "submit";
    static final String CANCEL = "cancel";
    static final String APPROVE = "approve";
    static final String RETURN = "return";

    static final String REVIEW_STEPS = "reviewSteps";
    static final String LEADER_SIGNS = "leaderSigns";
    static final String DRAFT_ID = "draftId";
    /** Where the drafter's step opens: the drafts page, or the screen of the feature that writes the draft. */
    static final String DRAFT_SCREEN = "draftScreen";

    static final String RECALLED_MESSAGE = "draftRecalled";

    private DraftTasks() {
    }

    /** The task a draft in this state waits at. */
    static String waitingAt(DocumentDraft draft) {
        DraftStatus status = draft.status();
        return switch (status) {
            case IN_REVIEW -> draft.reviewStep() == 2 ? SECOND_REVIEW : REVIEW;
            case AWAITING_SIGNATURE -> SIGN_OFF;
            case AWAITING_ISSUANCE -> ISSUE;
            default -> DRAFT;
        };
    }
}
