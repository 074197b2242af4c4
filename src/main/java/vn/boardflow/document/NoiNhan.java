package vn.boardflow.document;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nơi nhận" as Nghị định 30 writes it: after a "Kính gửi" the list opens with "Như trên"; then one line
 * per recipient; and it ends with the filed copies, "Lưu: VT, &lt;drafting unit&gt;". Lines carry no dash nor
 * closing punctuation; the renderer adds them.
 */
public final class NoiNhan {

    public static final String AS_ABOVE = "Như trên";

    private NoiNhan() {
    }

    public static List<String> lines(boolean addressed, List<Recipient> recipients, String draftingUnit) {
        List<String> lines = new ArrayList<>();
        if (addressed) {
            lines.add(AS_ABOVE);
        }
        recipients.stream().map(Recipient::label).forEach(lines::add);
        lines.add(filedCopies(draftingUnit));
        return lines;
    }

    /**
     * One copy per recipient line, one for the addressee, and the filed copies: one for the records
     * office (VT) and one for the drafting unit when named.
     */
    public static int copies(boolean addressed, List<Recipient> recipients, String draftingUnit) {
        int filed = draftingUnit == null || draftingUnit.isBlank() ? 1 : 2;
        return recipients.size() + (addressed ? 1 : 0) + filed;
    }

    public static String filedCopies(String draftingUnit) {
        return draftingUnit == null || draftingUnit.isBlank() ? "Lưu: VT" : "Lưu: VT, " + draftingUnit.strip();
    }
}
