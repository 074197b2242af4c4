package vn.boardflow.fund.internal;

import java.time.LocalDate;
import vn.boardflow.fund.SettlementContent;

/**
 * What a dossier's papers are filled in with (the Bảng kê, the Giấy đề nghị thanh toán).
 *
 * @param ward     the ward that settles, as the unit signing
 * @param bodyName the body it settles with
 * @param activity the budget line the spending is settled against
 * @param place    where the ward signs, as the date line names it
 * @param on       the day it was sent, or today while it is written
 */
record PaperFacts(String ward, String bodyName, int year, String activity, SettlementContent content, String place,
                  LocalDate on) {
}
