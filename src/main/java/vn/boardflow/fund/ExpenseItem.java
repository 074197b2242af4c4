package vn.boardflow.fund;

import java.time.LocalDate;

/**
 * A tiểu mục of the state budget's classification ("6651 In, mua tài liệu" under mục "6650 Chi hội nghị"), as the
 * law in force on a date names it.
 *
 * @param code       the tiểu mục, four digits
 * @param groupCode  its mục
 * @param legalBasis the text that sets it ("Thông tư 324/2016/TT-BTC …")
 * @param validTo    the last day it applies, {@code null} while in force
 */
public record ExpenseItem(String code, String name, String groupCode, String groupName, String legalBasis,
                          LocalDate validFrom, LocalDate validTo) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public String label() {
        return code + " " + name;
    }
}
