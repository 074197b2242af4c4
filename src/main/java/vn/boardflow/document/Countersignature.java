package vn.boardflow.document;

/**
 * The second signature of a biên bản: the other party's representative, printed on the left of the signer
 * as Nghị định 30's form of minutes has it, with "Nơi nhận" below.
 *
 * @param title in upper case, e.g. "ĐẠI DIỆN BAN TỔ CHỨC ĐỀ ÁN PHƯỜNG PHÚ CƯỜNG"
 * @param name  the representative's full name, or empty when it is written in by hand on the day
 */
public record Countersignature(String title, String name) {

    public Countersignature {
        title = title == null ? "" : title.strip();
        name = name == null ? "" : name.strip();
    }
}
