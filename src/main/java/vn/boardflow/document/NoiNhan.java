package vn.boardflow.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nơi nhận" as the document prints it: after a "Kính gửi" the list opens with "Như trên"; then one line
 * per recipient; and it ends with one filed-copy line, "Lưu: VT, TTK" (the Union's "Lưu VP, TCKT"), naming
 * the records office and the drafting unit by abbreviation. A filed-copy line the drafter typed among the
 * recipients is folded into that one, so the copies are never listed twice. Lines carry no dash nor closing
 * punctuation; the renderer adds them.
 *
 * @param copies      one per recipient line, one for the addressee, one per holder of a filed copy
 * @param filedCopies the last line, which the register shows as who keeps the filed copies
 */
public record NoiNhan(List<String> lines, int copies, String filedCopies) {

    public static final String AS_ABOVE = "Như trên";

    /**
     * "Lưu: VT, TTK", "- Lưu VP, TCKT;": a line that names who keeps the filed copies, with a colon or an
     * abbreviation after "Lưu", so that a recipient of that surname ("Lưu Quang Vũ") stays a recipient.
     */
    private static final Pattern FILED_COPIES = Pattern.compile(
            "^-?\\s*Lưu(?:\\s*:\\s*|\\s+(?=\\p{Lu}[\\p{Lu}\\p{N}.\\-]*(?:[\\s,.;]|$)))(.*?)[\\s.;]*$");

    public static NoiNhan of(FormatProfile profile, boolean addressed, List<Recipient> recipients, String draftingUnit) {
        Map<String, String> holders = new LinkedHashMap<>();
        hold(holders, profile.recordsOffice());
        hold(holders, draftingUnit);
        List<String> lines = new ArrayList<>();
        if (addressed) {
            lines.add(AS_ABOVE);
        }
        for (Recipient recipient : recipients) {
            Matcher filed = FILED_COPIES.matcher(recipient.label());
            if (filed.matches()) {
                for (String holder : filed.group(1).split(",")) {
                    hold(holders, holder);
                }
            } else {
                lines.add(recipient.label());
            }
        }
        int sent = lines.size();
        String filedCopies = profile.filedCopies(List.copyOf(holders.values()));
        lines.add(filedCopies);
        return new NoiNhan(List.copyOf(lines), sent + holders.size(), filedCopies);
    }

    private static void hold(Map<String, String> holders, String holder) {
        if (holder != null && !holder.isBlank()) {
            holders.putIfAbsent(holder.strip().toUpperCase(Locale.ROOT), holder.strip());
        }
    }
}
