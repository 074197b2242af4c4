package vn.boardflow.document;

/**
 * Where a register entry's document was written, as the register's note column tells it: drafted, reviewed and
 * signed off through BoardFlow; drafted outside it and typed in by the clerk to issue; or a number taken for a
 * document that exists only on paper.
 */
public enum EntryOrigin {
    GENERATED,
    TYPED_IN,
    NUMBER_ONLY;

    public String messageKey() {
        return "register.origin." + name();
    }
}
