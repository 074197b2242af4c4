package vn.boardflow.fund;

import vn.boardflow.fund.Settlements.AttachedFile;
import vn.boardflow.fund.Settlements.Attachment;

/**
 * The scans and photos of a dossier's vouchers: the ward attaches and removes them while it writes the dossier,
 * checked by their content and size as an inspection's evidence is, photos shrunk; whoever reads the dossier
 * downloads them.
 */
public interface SettlementFiles {

    Attachment attach(SettlementId id, int voucherNo, String fileName, byte[] bytes);

    void detach(SettlementId id, long attachmentId);

    AttachedFile file(long attachmentId);
}
