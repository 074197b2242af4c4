package vn.boardflow.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;

/** A signing authority as stored with its body. */
@Embeddable
class SignatureLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SigningForm form;

    @Column(name = "authority_line", nullable = false)
    private String authorityLine;

    @Column(name = "signer_title", nullable = false)
    private String signerTitle;

    protected SignatureLine() {
    }

    SignatureLine(SigningAuthority authority) {
        this.form = authority.form();
        this.authorityLine = authority.authorityLine();
        this.signerTitle = authority.signerTitle();
    }

    SigningAuthority view() {
        return new SigningAuthority(form, authorityLine, signerTitle);
    }
}
