package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.Text;

/** Reads a Word file back the way a person reads it: line by line, table cells left to right. */
final class DocxText {

    private DocxText() {
    }

    static WordprocessingMLPackage open(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    /** Non-empty lines, trimmed, with runs of spaces made one; a line break (w:br) inside a paragraph starts a line. */
    static List<String> lines(byte[] docx) throws Exception {
        List<String> lines = new ArrayList<>();
        collect(open(docx).getMainDocumentPart().getContent(), lines);
        return lines;
    }

    private static void collect(List<Object> content, List<String> lines) {
        for (Object node : content) {
            Object element = XmlUtils.unwrap(node);
            if (element instanceof P paragraph) {
                StringBuilder text = new StringBuilder();
                appendText(paragraph, text);
                for (String line : text.toString().split("\n")) {
                    String normalised = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
                    if (!normalised.isEmpty()) {
                        lines.add(normalised);
                    }
                }
            } else if (element instanceof ContentAccessor container) {
                collect(container.getContent(), lines);
            }
        }
    }

    private static void appendText(Object node, StringBuilder text) {
        Object element = XmlUtils.unwrap(node);
        if (element instanceof Text piece) {
            // Word shows a line feed inside a text run as a space; only a w:br breaks the line
            text.append(piece.getValue().replace('\n', ' '));
        } else if (element instanceof Br) {
            text.append('\n');
        } else if (element instanceof ContentAccessor container) {
            container.getContent().forEach(child -> appendText(child, text));
        }
    }
}
