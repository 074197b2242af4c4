package vn.boardflow.inspection;

/** A round is drafted (purpose, checklist, teams), then scheduled, then inspected, then closed. */
public enum RoundStatus {
    DRAFT,
    SCHEDULED,
    IN_PROGRESS,
    CLOSED;

    public String messageKey() {
        return "inspection.status." + name();
    }
}
