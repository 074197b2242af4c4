package vn.boardflow.document;

/** Whether an issuing body numbers all its documents in one sequence a year (the default) or each type apart. */
public enum NumberingScheme {
    ONE_SEQUENCE,
    PER_TYPE;

    /** The key of the sequence a document of this type takes its number from. */
    public String sequenceKey(DocumentType type) {
        return this == PER_TYPE ? type.name() : "*";
    }

    public String messageKey() {
        return "numberingScheme." + name();
    }
}
