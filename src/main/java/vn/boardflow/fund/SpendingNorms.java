package vn.boardflow.fund;

import java.time.LocalDate;
import java.util.List;
import vn.boardflow.org.UnitId;
import vn.boardflow.shared.Money;

/**
 * The spending norms as data: read by everyone who settles or checks spending, written by the administrator. A
 * norm is never changed in place: a new text opens a new row and closes the old one on the day before, so a
 * voucher is judged by the norm of its own date.
 */
public interface SpendingNorms {

    /** Every row, the nationwide ones first, then by province, item and date. */
    List<SpendingNorm> all();

    /**
     * Every row of the item, of every province and nationwide, which {@link SpendingNorm#applying} picks from for
     * each voucher: read once for a dossier's vouchers of the item.
     */
    List<SpendingNorm> ofItem(String itemCode);

    /** The provinces a norm may be set for: the administrator's own. */
    List<Province> provinces();

    /** A new row; refused when it overlaps one for the same item and province. Administrators only. */
    long add(NewNorm norm);

    /** The row applies until that day and no longer. Administrators only. */
    void close(long id, LocalDate lastDay);

    record Province(UnitId unitId, String name) {
    }

    /** @param provinceUnitId {@code null} for a nationwide ceiling */
    record NewNorm(UnitId provinceUnitId, String itemCode, String name, SpendingNorm.Basis basis, Money maxAmount,
                   String legalBasis, LocalDate validFrom) {
    }
}
