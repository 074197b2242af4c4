package vn.boardflow.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of outgoing documents (Sổ đăng ký văn bản đi). A number is given when a signed
 * document is issued, in the transaction that writes its register entry, from one sequence per issuing
 * body and calendar year (and type, where the body numbers types apart): never a gap, never a
 * duplicate, also with several application nodes on one database. A voided number stays in the register.
 */
public interface NumberingRegister {

    RegisterEntryView issue(IssueNumber command);

    void voidNumber(long entryId, String reason);

    List<RegisterEntryView> entries(RegisterFilter filter, int offset, int limit);

    int count(RegisterFilter filter);

    /**
     * @param issuedOn     the document's date; its year chooses the sequence, so a document dated in a past
     *                     year never touches the current year's counter
     * @param draftingUnit abbreviation of the drafting unit, for công văn and Youth Union symbols
     * @param recipients   one line per recipient, as in "Nơi nhận"
     * @param keptBy       unit or person who keeps the filed copy (column 6 of the register)
     */
    record IssueNumber(IssuingBodyId issuingBodyId, DocumentType type, LocalDate issuedOn, String summary, String signer,
                       String draftingUnit, List<String> recipients, int copies, String keptBy) {
    }

    record RegisterFilter(IssuingBodyId issuingBodyId, Integer year, DocumentType type, String text) {

        public static RegisterFilter all() {
            return new RegisterFilter(null, null, null, null);
        }
    }
}
