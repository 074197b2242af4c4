package vn.boardflow.document;

import java.util.List;

/**
 * Forms as Word files, for the features that fill them (funds: the Bảng kê chứng từ thanh toán, the Giấy đề nghị
 * thanh toán): rendering only, the feature having checked who may read what it fills in.
 */
public interface FormSheets {

    byte[] word(FormSheet sheet);

    /** The forms' tables as the sheets of one Excel workbook, amounts as numbers. */
    byte[] workbook(List<FormSheet> sheets);
}
