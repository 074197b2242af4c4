package vn.boardflow.document;

import java.util.List;

/**
 * How an issuing body lays out its documents: the state format of Nghị định 30, or the Youth Union's
 * (HD 29-HD/TWĐTN-VP), which differs in the heading, writes the type before the slash, and has its
 * Văn phòng file the copies.
 */
public enum FormatProfile {
    STATE("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VT", "Lưu: "),
    YOUTH_UNION("ĐOÀN TNCS HỒ CHÍ MINH", "VP", "Lưu ");

    private final String title;
    private final String recordsOffice;
    private final String filedCopiesPrefix;

    FormatProfile(String title, String recordsOffice, String filedCopiesPrefix) {
        this.title = title;
        this.recordsOffice = recordsOffice;
        this.filedCopiesPrefix = filedCopiesPrefix;
    }

    /** What the heading prints at the top right: the Quốc hiệu, or the Union's title. */
    public String title() {
        return title;
    }

    public String messageKey() {
        return "formatProfile." + name();
    }

    /** Who files every document's copy: the state's records office (Văn thư), the Union's Văn phòng. */
    public String recordsOffice() {
        return recordsOffice;
    }

    /** The last line of "Nơi nhận": "Lưu: VT, TTK" in the state format, "Lưu VP, TCKT" in the Union's. */
    public String filedCopies(List<String> holders) {
        return filedCopiesPrefix + String.join(", ", holders);
    }
}
