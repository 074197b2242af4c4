package vn.boardflow.fund.internal;

import java.time.LocalDate;
import vn.boardflow.fund.SettlementContent;
import vn.boardflow.fund.Settlements.Clearing;

/**
 * What a dossier's papers are filled in with (the Bảng kê, the Giấy đề nghị thanh toán or tạm ứng).
 *
 * @param ward     the ward that settles, as the unit signing
 * @param bodyName the body it settles with
 * @param activity the budget line the spending is settled against
 * @param place    where the ward signs, as the date line names it
 * @param on       the day it was sent, or today while it is written
 * @param clearing for a dossier that clears an advance, what was received against what was spent; {@code null}
 *                 otherwise
 */
record PaperFacts(String ward, String bodyName, int year, String activity, SettlementContent content, String place,
                  LocalDate on, Clearing clearing) {
}
