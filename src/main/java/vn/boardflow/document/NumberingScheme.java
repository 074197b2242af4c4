package vn.boardflow.document;

/** Whether an issuing body numbers all its documents in one sequence a year (the default) or each type apart. */
public enum NumberingScheme {
    ONE_SEQUENCE,
    PER_TYPE;

    private static final String EVERY_TYPE = "*";

    /** The key of the sequence a document of this type takes its number from. */
    public String sequenceKey(DocumentType type) {
        return this == PER_TYPE ? type.name() : EVERY_TYPE;
    }

    /** The type a sequence numbers, or {@code null} for the one sequence of every type. */
    public static DocumentType typeOf(String sequenceKey) {
        return EVERY_TYPE.equals(sequenceKey) ? null : DocumentType.valueOf(sequenceKey);
    }

    public String messageKey() {
        return "numberingScheme." + name();
    }
}
