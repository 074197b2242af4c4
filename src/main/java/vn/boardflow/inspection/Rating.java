package vn.boardflow.inspection;

/** The rating a ward's total score earns, best first. */
public enum Rating {
    XUAT_SAC("Xuất sắc"),
    TOT("Tốt"),
    KHA("Khá"),
    TRUNG_BINH("Trung bình"),
    YEU("Yếu");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The word printed in minutes and reports, which are always Vietnamese. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "inspection.rating." + name();
    }
}
