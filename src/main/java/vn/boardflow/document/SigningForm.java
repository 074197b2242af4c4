package vn.boardflow.document;

/**
 * The authority under which a document is signed, printed above the signer's title: on behalf of the
 * collective (TM.), for the head (KT.), acting (Q.), by order (TL.), by authorisation (TUQ.) — or the
 * head signing in their own right, with no prefix.
 */
public enum SigningForm {
    OWN(""),
    TM("TM."),
    KT("KT."),
    Q("Q."),
    TL("TL."),
    TUQ("TUQ.");

    private final String prefix;

    SigningForm(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
