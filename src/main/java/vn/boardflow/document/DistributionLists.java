package vn.boardflow.document;

import java.util.List;

/** Named, reusable groups of recipients of an issuing body ("BTC Đề án các phường"), edited per document when used. */
public interface DistributionLists {

    List<DistributionListView> of(IssuingBodyId issuingBodyId);

    long save(SaveDistributionList command);

    void delete(long listId);

    /** @param id {@code null} for a new list */
    record SaveDistributionList(Long id, IssuingBodyId issuingBodyId, String name, List<Recipient> recipients) {
    }

    record DistributionListView(long id, IssuingBodyId issuingBodyId, String name, List<Recipient> recipients) {
    }
}
