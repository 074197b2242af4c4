package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.shared.RuleViolation;

/**
 * A Word document's text the way a person reads it: paragraphs in order, table cells left to right, a
 * line break (w:br) starting a new line; lines trimmed, runs of spaces made one, empty lines left out. Only the
 * main part is read, streamed: the format check reads every document previewed, signed off and issued.
 */
final class DocxLines {

    private static final String WORDPROCESSING = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*>");
    private static final Pattern PART_NAME = Pattern.compile("PartName=\"/?([^\"]+)\"");
    private static final XMLInputFactory XML = xmlWithoutDtd();

    private DocxLines() {
    }

    static List<String> read(byte[] docx) {
        return read(TemplateCheck.unpack(docx, DocumentTemplates.MAX_UPLOAD_BYTES));
    }

    /** @param parts a package's parts by name, as {@link TemplateCheck#unpack} gives them */
    static List<String> read(Map<String, byte[]> parts) {
        byte[] main = parts.get(mainPart(parts));
        if (main == null) {
            throw new RuleViolation("docx.error.notDocx");
        }
        List<String> lines = new ArrayList<>();
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(main));
            Deque<StringBuilder> paragraphs = new ArrayDeque<>();
            boolean inText = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORDPROCESSING.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> paragraphs.push(new StringBuilder());
                        case "t" -> inText = true;
                        case "br" -> appendTo(paragraphs, "\n");
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORDPROCESSING.equals(xml.getNamespaceURI())) {
                    if (xml.getLocalName().equals("t")) {
                        inText = false;
                    } else if (xml.getLocalName().equals("p") && !paragraphs.isEmpty()) {
                        addLines(paragraphs.pop(), lines);
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    // Word shows a line feed inside a text run as a space; only a w:br breaks the line
                    appendTo(paragraphs, xml.getText().replace('\n', ' '));
                }
            }
        } catch (XMLStreamException unreadable) {
            throw new RuleViolation("docx.error.notDocx");
        }
        return lines;
    }

    /** The part [Content_Types].xml names as the document's main part: word/document.xml, as Word writes it. */
    private static String mainPart(Map<String, byte[]> parts) {
        String types = new String(parts.getOrDefault("[Content_Types].xml", new byte[0]), StandardCharsets.UTF_8);
        Matcher override = OVERRIDE.matcher(types);
        while (override.find()) {
            if (override.group().contains(TemplateCheck.WORD_MAIN)) {
                Matcher name = PART_NAME.matcher(override.group());
                if (name.find()) {
                    return name.group(1);
                }
            }
        }
        throw new RuleViolation("docx.error.notDocx");
    }

    private static void appendTo(Deque<StringBuilder> paragraphs, String text) {
        if (!paragraphs.isEmpty()) {
            paragraphs.peek().append(text);
        }
    }

    private static void addLines(StringBuilder paragraph, List<String> lines) {
        for (String line : paragraph.toString().split("\n")) {
            String normalised = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
            if (!normalised.isEmpty()) {
                lines.add(normalised);
            }
        }
    }

    private static XMLInputFactory xmlWithoutDtd() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
