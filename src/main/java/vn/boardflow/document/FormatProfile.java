package vn.boardflow.document;

/**
 * How an issuing body lays out its documents: the state format of Nghị định 30, or the Youth Union's
 * (HD 29-HD/TWĐTN-VP), which differs in the heading and writes the type before the slash.
 */
public enum FormatProfile {
    STATE,
    YOUTH_UNION;

    public String messageKey() {
        return "formatProfile." + name();
    }
}
