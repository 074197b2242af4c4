package vn.boardflow.plan.internal;

/** The key, user tasks, outcomes and message of {@code bpmn/annual-plan.bpmn20.xml}. */
final class PlanTasks {

    static final String PROCESS_KEY = "annualPlan";

    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    static final String SIGN_OFF = "signOff";
    static final String ISSUE = "issue";

    static final String OUTCOME = "outcome";
    static final String SUBMIT = "submit";
    static final String CANCEL = "cancel";
    static final String APPROVE = "approve";
    static final String RETURN = "return";

    static final String WITHDRAWN_MESSAGE = "planWithdrawn";

    private PlanTasks() {
    }
}
