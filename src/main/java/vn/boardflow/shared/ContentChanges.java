package vn.boardflow.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a piece of content, as a reviewer reads it: a field that changed, and, for
 * text read a line an entry (a table a row a line), the lines inserted, removed or rewritten (matched by their
 * longest common run, so one inserted line shows as one change).
 *
 * @param <T> the content compared
 */
public final class ContentChanges<T> {

    public static final String FIELD = "field";
    public static final String LINES = "lines";

    /**
     * @param area  {@link #FIELD} or {@link #LINES}
     * @param what  the message key of the field that changed
     * @param lines for {@link #LINES}, the lines of the newer version it stands at ("3", "3–5"); else {@code null}
     */
    public record Change(String area, String what, String lines, String before, String after) {
    }

    private final T before;
    private final T after;
    private final List<Change> changes = new ArrayList<>();

    private ContentChanges(T before, T after) {
        this.before = before;
        this.after = after;
    }

    public static <T> ContentChanges<T> between(T before, T after) {
        return new ContentChanges<>(before, after);
    }

    /** A field, named by its message key; {@code null} reads as empty. */
    public ContentChanges<T> field(String messageKey, Function<T, String> value) {
        return add(FIELD, messageKey, value.apply(before), value.apply(after));
    }

    /**
     * Text typed a line an entry, as runs of lines inserted, removed or rewritten, each named by the lines of
     * the newer version it stands at (or would have stood at, for a removal).
     *
     * @param messageKey the field's
     */
    public ContentChanges<T> lines(String messageKey, Function<T, List<String>> lines) {
        List<String> old = lines.apply(before);
        List<String> now = lines.apply(after);
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                i++;
                j++;
                continue;
            }
            int fromOld = i;
            int fromNew = j;
            while ((i < old.size() || j < now.size()) && !(i < old.size() && j < now.size() && old.get(i).equals(now.get(j)))) {
                if (j < now.size() && (i == old.size() || common[i][j + 1] >= common[i + 1][j])) {
                    j++;
                } else {
                    i++;
                }
            }
            String at = j - fromNew > 1 ? (fromNew + 1) + "–" + j : String.valueOf(fromNew + 1);
            changes.add(new Change(LINES, messageKey, at, String.join("\n", old.subList(fromOld, i)),
                    String.join("\n", now.subList(fromNew, j))));
        }
        return this;
    }

    /** Kept only when the two differ. */
    private ContentChanges<T> add(String area, String what, String old, String now) {
        String was = Objects.requireNonNullElse(old, "");
        String is = Objects.requireNonNullElse(now, "");
        if (!was.equals(is)) {
            changes.add(new Change(area, what, null, was, is));
        }
        return this;
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }
}
