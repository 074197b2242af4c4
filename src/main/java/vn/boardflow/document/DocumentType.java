package vn.boardflow.document;

import java.util.Locale;

/**
 * The kinds of official document and their codes in symbols (Nghị định 30, Appendix III). A công văn
 * has no code: its symbol names the drafting unit instead.
 */
public enum DocumentType {
    KE_HOACH("KH", "KẾ HOẠCH"),
    BAO_CAO("BC", "BÁO CÁO"),
    QUYET_DINH("QĐ", "QUYẾT ĐỊNH"),
    THONG_BAO("TB", "THÔNG BÁO"),
    TO_TRINH("TTr", "TỜ TRÌNH"),
    BIEN_BAN("BB", "BIÊN BẢN"),
    HUONG_DAN("HD", "HƯỚNG DẪN"),
    CHUONG_TRINH("CTr", "CHƯƠNG TRÌNH"),
    PHUONG_AN("PA", "PHƯƠNG ÁN"),
    DE_AN("ĐA", "ĐỀ ÁN"),
    CHI_THI("CT", "CHỈ THỊ"),
    QUY_CHE("QC", "QUY CHẾ"),
    GIAY_MOI("GM", "GIẤY MỜI"),
    GIAY_UY_QUYEN("GUQ", "GIẤY ỦY QUYỀN"),
    HOP_DONG("HĐ", "HỢP ĐỒNG"),
    /** Not among Nghị định 30's types: the code the boards' emulation clusters sign their agreements under. */
    GIAO_UOC("GƯTĐ", "BẢN GIAO ƯỚC THI ĐUA"),
    CONG_VAN(null, null);

    private final String code;
    private final String title;

    DocumentType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The code in the symbol ("KH"), or {@code null} for a công văn. */
    public String code() {
        return code;
    }

    /** The type name printed above the summary ("KẾ HOẠCH"), or {@code null} for a công văn, which has none. */
    public String title() {
        return title;
    }

    /** The type's name as a sentence writes it ("Kế hoạch", "Công văn"), in the register and its notes. */
    public String sentenceName() {
        String name = isCongVan() ? "CÔNG VĂN" : title;
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.forLanguageTag("vi"));
    }

    public boolean isCongVan() {
        return this == CONG_VAN;
    }

    public String messageKey() {
        return "documentType." + name();
    }
}
