package vn.boardflow.document;

/** How a new document relates to an issued one it changes: an issued document is never edited in place. */
public enum AmendmentKind {
    AMENDS,
    REPLACES,
    CORRECTS;

    public String messageKey() {
        return "amendmentKind." + name();
    }
}
