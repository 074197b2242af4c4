package vn.boardflow.document.internal;

import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NoiNhan;
import vn.boardflow.document.SigningAuthority;
import vn.boardflow.document.SigningForm;
import vn.boardflow.shared.RuleViolation;

/**
 * A document about to be issued, as it will print before its number is given: built once from the
 * command and the body's format, then numbered. Refuses a signature the body does not know.
 */
record IssuanceDraft(DocumentContent content, NoiNhan noiNhan) {

    static IssuanceDraft of(IssuingBodyView body, IssueDocument command) {
        Signature signature = command.signature();
        if (signature.signerName() == null || signature.signerName().isBlank()) {
            throw new RuleViolation("register.error.signerRequired");
        }
        NoiNhan noiNhan = NoiNhan.of(body.profile(), command.distribution().addressed(),
                command.distribution().recipients(), command.heading().draftingUnit());
        DocumentContent content = new DocumentContent(body, command.heading().type(), null,
                command.heading().draftingUnit(), command.heading().issuedOn(), command.heading().summary(),
                command.distribution().addressee(), command.body().legalBases(), command.body().preamble(),
                command.body().blocks(), command.body().closing(), authority(body, signature),
                signature.signerName().strip(), noiNhan.lines(), signature.countersignature(),
                command.body().annexes());
        return new IssuanceDraft(content, noiNhan);
    }

    private static SigningAuthority authority(IssuingBodyView body, Signature signature) {
        if (signature.form() == SigningForm.OWN && signature.ownTitle() != null) {
            return new SigningAuthority(SigningForm.OWN, "", signature.ownTitle().strip());
        }
        return body.signingAuthorities().stream().filter(candidate -> candidate.form() == signature.form())
                .findFirst().orElseThrow(() -> new RuleViolation("issuance.error.signingFormUnknown"));
    }
}
