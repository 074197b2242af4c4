package vn.boardflow.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import vn.boardflow.document.DocumentIssuance.Heading;
import vn.boardflow.document.DocumentIssuance.Signature;
import vn.boardflow.shared.RuleViolation;

/**
 * Who issues a body's documents, answered here for every feature: the body, the unit that drafts for it
 * (its secretariat, named in the symbol and the filed-copy line) and its head, who signs for it.
 */
public interface Issuers {

    /** For the body's records clerk about to issue on that date: refuses anyone else, and a missing date. */
    Issuer issuing(IssuingBodyId issuingBodyId, LocalDate issuedOn);

    /**
     * Who is proposed to sign a document its head signs, for one of the body's people writing it (a drafter, the
     * accountant drafting a decision on funds): the head under the body's first signing authority, with no name when
     * the body has no head yet.
     */
    ProposedSigner headOf(IssuingBodyId issuingBodyId);

    /** @param name the head's full name, empty when the body has none */
    record ProposedSigner(SigningForm form, String name) {
    }

    /**
     * Who issues one document. The head is looked up only for a document the head signs (a plan carries
     * its own signer), and once.
     */
    final class Issuer {

        private final IssuingBodyView body;
        private final LocalDate issuedOn;
        private final String draftingUnit;
        private final Supplier<Optional<String>> head;
        private Optional<String> headName;

        /**
         * @param draftingUnit the drafting unit's abbreviation, {@code null} when the body has no secretariat
         * @param head         the full name of the body's head (its leader first by name), when it has one
         */
        public Issuer(IssuingBodyView body, LocalDate issuedOn, String draftingUnit, Supplier<Optional<String>> head) {
            this.body = body;
            this.issuedOn = issuedOn;
            this.draftingUnit = draftingUnit;
            this.head = head;
        }

        public IssuingBodyView body() {
            return body;
        }

        public Heading heading(DocumentType type, String summary) {
            return new Heading(body.id(), type, issuedOn, summary, draftingUnit);
        }

        /** The head signs under the body's first signing authority; a body without a head cannot sign so. */
        public Signature headSigns() {
            if (headName == null) {
                headName = head.get();
            }
            return Signature.under(body.signingAuthorities().getFirst().form(),
                    headName.orElseThrow(() -> new RuleViolation("issuance.error.noHead")));
        }
    }
}
