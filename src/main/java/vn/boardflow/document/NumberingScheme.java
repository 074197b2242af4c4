package vn.boardflow.document;

/** Whether an issuing body numbers all its documents in one sequence a year (the default) or each type apart. */
public enum NumberingScheme {
    ONE_SEQUENCE,
    PER_TYPE;

    public String messageKey() {
        return "numberingScheme." + name();
    }
}
