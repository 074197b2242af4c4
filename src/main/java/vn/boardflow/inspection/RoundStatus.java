package vn.boardflow.inspection;

/** A round is drafted (purpose, checklist, teams), then scheduled and inspected, then closed by its summary report. */
public enum RoundStatus {
    DRAFT,
    SCHEDULED,
    CLOSED;

    public String messageKey() {
        return "inspection.status." + name();
    }
}
