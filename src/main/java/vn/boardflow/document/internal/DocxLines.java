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
import vn.boardflow.shared.RuleViolation;

/**
 * A Word document's text the way a person reads it: paragraphs in order, table cells left to right, a
 * line break (w:br) starting a new line; lines trimmed, runs of spaces made one, empty lines left out.
 */
final class DocxLines {

    private DocxLines() {
    }

    static List<String> read(byte[] docx) {
        List<String> lines = new ArrayList<>();
        try {
            collect(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)).getMainDocumentPart().getContent(),
                    lines);
        } catch (RuleViolation e) {
            throw e;
        } catch (Exception unreadable) {
            throw new RuleViolation("docx.error.notDocx");
        }
        return lines;
    }

    private static void collect(List<Object> content, List<String> lines) {
        for (Object node : content) {
            Object element = XmlUtils.unwrap(node);
            if (element instanceof P paragraph) {
                StringBuilder text = new StringBuilder();
                append(paragraph, text);
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

    private static void append(Object node, StringBuilder text) {
        Object element = XmlUtils.unwrap(node);
        if (element instanceof Text piece) {
            // Word shows a line feed inside a text run as a space; only a w:br breaks the line
            text.append(piece.getValue() == null ? "" : piece.getValue().replace('\n', ' '));
        } else if (element instanceof Br) {
            text.append('\n');
        } else if (element instanceof ContentAccessor container) {
            container.getContent().forEach(child -> append(child, text));
        }
    }
}
