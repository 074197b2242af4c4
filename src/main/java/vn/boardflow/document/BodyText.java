package vn.boardflow.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Picture;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Point;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.DocumentContent.Table;

/**
 * A document body typed the way drafters write it, one item a line: "I. …" opens a part, "1. …" a
 * section, "a) …" a point, "- …" a dash item, "Điều 1. …" an article of a decision, and "QUYẾT ĐỊNH:"
 * (or a resolution's "QUYẾT NGHỊ:") the line that introduces them; any other line is a paragraph. Blank
 * lines are ignored.
 */
public final class BodyText {

    private static final Pattern PART = Pattern.compile("^([IVXLC]+)\\.\\s+(.+)$");
    private static final Pattern SECTION = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.\\s+(.+)$");
    private static final Pattern POINT = Pattern.compile("^([a-zđ])\\)\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-–•]\\s+(.+)$");
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d+)\\.\\s*(.*)$");
    private static final String TABLE = "Bảng";
    private static final String PICTURE = "Hình";
    private static final Pattern MARKER = Pattern.compile("^\\[(" + TABLE + "|" + PICTURE + ") (\\d{1,4})(?:: .*)?]$");
    private static final Pattern ENACTING = Pattern.compile("^(QUYẾT ĐỊNH|QUYẾT NGHỊ)\\s*:$");

    private BodyText() {
    }

    public static List<Block> parse(String text) {
        return parse(text, List.of());
    }

    /**
     * The blocks typed, with the tables and pictures of the blocks shown back where their markers now stand
     * ("[Bảng 1]", "[Hình 1: …]", as {@link #write} leaves them): a marker moved moves its table, a marker
     * deleted drops it. A marker with nothing behind it is read as the text typed.
     */
    public static List<Block> parse(String text, List<Block> shown) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        List<Block> tables = shown.stream().filter(block -> block instanceof Table).toList();
        List<Block> pictures = shown.stream().filter(block -> block instanceof Picture).toList();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            List<Block> kept = !marker.matches() ? List.of() : marker.group(1).equals(TABLE) ? tables : pictures;
            int index = kept.isEmpty() ? -1 : Integer.parseInt(marker.group(2)) - 1;
            blocks.add(index >= 0 && index < kept.size() ? kept.get(index) : block(line));
        }
        return blocks;
    }

    /** The lines of a field where each entry is typed on a line of its own (legal bases, recipients), blanks left out. */
    public static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The blocks as a drafter types them, one a line, so that {@link #parse} reads back the same blocks. A
     * table or a picture has no typed form: a marker line holds its place, which {@link #parse(String, List)}
     * puts it back at.
     */
    public static String write(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        int tables = 0;
        int pictures = 0;
        for (Block block : blocks) {
            switch (block) {
                case Heading heading -> lines.add(heading.text());
                case Article article -> lines.add(("Điều " + article.number() + ". " + article.text()).strip());
                case Part part -> lines.add(part.numeral() + ". " + part.title());
                case Section section -> lines.add(section.number() + ". " + section.title());
                case Point point -> lines.add(point.letter() + ") " + point.text());
                case Bullet bullet -> lines.add("- " + bullet.text());
                case Paragraph paragraph -> lines.add(paragraph.text());
                case Table table -> lines.add("[" + TABLE + " " + ++tables + "]");
                case Picture picture -> lines.add("[" + PICTURE + " " + ++pictures
                        + (picture.caption().isEmpty() ? "" : ": " + picture.caption()) + "]");
            }
        }
        return String.join("\n", lines);
    }

    private static Block block(String line) {
        if (ENACTING.matcher(line).matches()) {
            return new Heading(line.replaceAll("\\s+:$", ":"));
        }
        Matcher matcher = ARTICLE.matcher(line);
        if (matcher.matches()) {
            return new Article(matcher.group(1), matcher.group(2));
        }
        matcher = PART.matcher(line);
        if (matcher.matches()) {
            return new Part(matcher.group(1), matcher.group(2));
        }
        matcher = SECTION.matcher(line);
        if (matcher.matches()) {
            return new Section(matcher.group(1), matcher.group(2));
        }
        matcher = POINT.matcher(line);
        if (matcher.matches()) {
            return new Point(matcher.group(1), matcher.group(2));
        }
        matcher = BULLET.matcher(line);
        if (matcher.matches()) {
            return new Bullet(matcher.group(1));
        }
        return new Paragraph(line);
    }
}
