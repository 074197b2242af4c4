package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentContent.Article;
import vn.boardflow.document.DocumentContent.Block;
import vn.boardflow.document.DocumentContent.Bullet;
import vn.boardflow.document.DocumentContent.Heading;
import vn.boardflow.document.DocumentContent.Paragraph;
import vn.boardflow.document.DocumentContent.Part;
import vn.boardflow.document.DocumentContent.Point;
import vn.boardflow.document.DocumentContent.Section;
import vn.boardflow.document.DocumentContent.Table;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.shared.VietnameseDates;

/**
 * Fills a Word template with a document's content. Simple placeholders ({@code ${summary}}) are replaced
 * inside their runs, so the template's formatting stays; a paragraph holding only a block placeholder
 * ({@code ${body}}, {@code ${legalBases}}, {@code ${recipients}}) becomes the block's paragraphs, in the
 * template's named styles; a paragraph whose optional placeholder has no value is removed.
 */
@Component
class WordDocumentRenderer {

    static final String STATE_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String UNION_BODY_MARK = "***";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    /**
     * Paragraphs that disappear when their placeholder has no value; the heading's other lines stay even when
     * empty. A body without a parent line (a provincial People's Committee) starts its heading with its name.
     */
    private static final Set<String> OPTIONAL = Set.of("parentBody", "typeTitle", "subjectLine", "addressee", "preamble",
            "closing", "coSignerTitle");
    /** Width of the text between the margins of the templates (A4 less 30 mm and 20 mm), for body tables. */
    private static final int TEXT_WIDTH = 9071;
    /** Even a column of one- or two-digit numbers keeps room for a short header word. */
    private static final int MIN_COLUMN_WEIGHT = 4;
    private static final ObjectFactory WML = new ObjectFactory();
    /** The place of the number in a draft: the clerk writes it in when the document is issued. */
    private static final String NUMBER_GAP = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

    /**
     * Templates with the runs of their placeholders joined, by the SHA-256 of the template file. Joining
     * runs an XSL transform that costs more than the rest of a rendering, so it is done once per template
     * version; there are a handful of versions per document type.
     */
    private final Map<String, byte[]> prepared = new ConcurrentHashMap<>();

    byte[] render(byte[] template, DocumentContent content) {
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(prepared(template)));
            List<Object> document = word.getMainDocumentPart().getContent();
            if (content.body().profile() == FormatProfile.YOUTH_UNION) {
                withoutBodyLine(document);
            }
            new Filling(values(content), blocks(content)).fill(document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            word.save(bytes);
            return bytes.toByteArray();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + content.type(), e);
        }
    }

    private byte[] prepared(byte[] template) {
        return prepared.computeIfAbsent(IssuedDocument.sha256(template), hash -> {
            try {
                WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(template));
                VariablePrepare.prepare(word);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                word.save(bytes);
                return bytes.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException("could not prepare a template", e);
            }
        });
    }

    private static Map<String, String> values(DocumentContent content) {
        boolean union = content.body().profile() == FormatProfile.YOUTH_UNION;
        Map<String, String> values = new HashMap<>();
        values.put("parentBody", content.body().parentLine());
        values.put("issuingBody", content.body().name());
        values.put("bodyLine", union ? UNION_BODY_MARK : "");
        values.put("numberLine", "Số: " + (content.symbol() != null ? content.symbol() : draftSymbol(content)));
        values.put("subjectLine", content.type().isCongVan() ? "V/v " + content.summary() : "");
        values.put("nationalTitle", content.body().profile().title());
        values.put("motto", union ? "" : STATE_MOTTO);
        values.put("placeDate", VietnameseDates.documentDate(content.body().place(), content.date()));
        values.put("typeTitle", content.type().isCongVan() ? "" : content.type().title());
        values.put("summary", content.summary());
        values.put("addressee", content.addressee() == null ? "" : "Kính gửi: " + content.addressee());
        values.put("preamble", nullToEmpty(content.preamble()));
        values.put("closing", nullToEmpty(content.closing()));
        values.put("authority", content.authority().authorityLine());
        values.put("signerTitle", content.authority().signerTitle());
        values.put("signerName", content.signerName());
        values.put("coSignerTitle", content.countersignature() == null ? "" : content.countersignature().title());
        values.put("coSignerName", content.countersignature() == null ? "" : content.countersignature().name());
        return values;
    }

    private static String draftSymbol(DocumentContent content) {
        return NUMBER_GAP + DocumentSymbol.afterNumber(content.body().profile(), content.type(),
                content.body().abbreviation(), content.draftingUnit());
    }

    private static Map<String, List<Object>> blocks(DocumentContent content) {
        Map<String, List<Object>> blocks = new HashMap<>();
        List<Object> bases = new ArrayList<>();
        for (int i = 0; i < content.legalBases().size(); i++) {
            boolean last = i == content.legalBases().size() - 1;
            bases.add(paragraph("BFLegalBasis", withEnding(content.legalBases().get(i), last ? "." : ";")));
        }
        blocks.put("legalBases", bases);
        List<Object> recipients = new ArrayList<>();
        for (int i = 0; i < content.recipients().size(); i++) {
            boolean last = i == content.recipients().size() - 1;
            recipients.add(paragraph("BFRecipient", "- " + withEnding(content.recipients().get(i), last ? "." : ";")));
        }
        blocks.put("recipients", recipients);
        List<Object> body = new ArrayList<>();
        content.blocks().forEach(block -> body.add(element(block)));
        blocks.put("body", body);
        return blocks;
    }

    /** Content carries no closing punctuation; the document's rules add it. */
    private static String withEnding(String line, String ending) {
        String stripped = line.strip().replaceAll("[;.,]+$", "");
        return stripped + ending;
    }

    private static Object element(Block block) {
        return switch (block) {
            case Part part -> paragraph("BFPart", part.numeral() + ". " + part.title());
            case Section section -> paragraph("BFSection", section.number() + ". " + section.title());
            case Point point -> paragraph("BFPoint", point.letter() + ") " + point.text());
            case Bullet bullet -> paragraph("BFBullet", "- " + bullet.text());
            case Paragraph text -> paragraph(null, text.text());
            case Table table -> table(table, TEXT_WIDTH);
            case Heading heading -> heading(heading.text());
            case Article article -> article(article);
        };
    }

    /**
     * Laid out here rather than by a template style, so an uploaded template without such a style still
     * prints a decision as one: centred, bold, kept with the article that follows.
     */
    private static P heading(String text) {
        P paragraph = WML.createP();
        PPr properties = WML.createPPr();
        properties.setKeepNext(WML.createBooleanDefaultTrue());
        PPr.Spacing spacing = WML.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.valueOf(120));
        properties.setSpacing(spacing);
        PPr.Ind indent = WML.createPPrBaseInd();
        indent.setFirstLine(BigInteger.ZERO);
        properties.setInd(indent);
        Jc centred = WML.createJc();
        centred.setVal(JcEnumeration.CENTER);
        properties.setJc(centred);
        paragraph.setPPr(properties);
        paragraph.getContent().add(bold(run(text)));
        return paragraph;
    }

    /** "Điều 1." in bold, then the article's text in the body's type. */
    private static P article(Article article) {
        P paragraph = WML.createP();
        paragraph.getContent().add(bold(run("Điều " + article.number() + ".")));
        if (!article.text().isBlank()) {
            paragraph.getContent().add(run(" " + article.text()));
        }
        return paragraph;
    }

    private static R bold(R run) {
        RPr properties = WML.createRPr();
        properties.setB(WML.createBooleanDefaultTrue());
        properties.setBCs(WML.createBooleanDefaultTrue());
        run.setRPr(properties);
        return run;
    }

    static P paragraph(String style, String text) {
        P paragraph = WML.createP();
        if (style != null) {
            PPr properties = WML.createPPr();
            PPr.PStyle styleRef = WML.createPPrBasePStyle();
            styleRef.setVal(style);
            properties.setPStyle(styleRef);
            paragraph.setPPr(properties);
        }
        paragraph.getContent().add(run(text));
        return paragraph;
    }

    /** Line breaks in the text become line breaks in the run. */
    static R run(String text) {
        R run = WML.createR();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                Br lineBreak = WML.createBr();
                run.getContent().add(lineBreak);
            }
            Text piece = WML.createText();
            piece.setValue(lines[i]);
            piece.setSpace("preserve");
            run.getContent().add(WML.createRT(piece));
        }
        return run;
    }

    static Tbl table(Table table, int width) {
        Tbl tbl = WML.createTbl();
        TblPr properties = WML.createTblPr();
        CTTblPrBase.TblStyle style = WML.createCTTblPrBaseTblStyle();
        style.setVal("BFTable");
        properties.setTblStyle(style);
        TblWidth tableWidth = WML.createTblWidth();
        tableWidth.setW(BigInteger.valueOf(width));
        tableWidth.setType("dxa");
        properties.setTblW(tableWidth);
        tbl.setTblPr(properties);
        int[] widths = columnWidths(table, width);
        TblGrid grid = WML.createTblGrid();
        for (int columnWidth : widths) {
            TblGridCol column = WML.createTblGridCol();
            column.setW(BigInteger.valueOf(columnWidth));
            grid.getGridCol().add(column);
        }
        tbl.setTblGrid(grid);
        tbl.getContent().add(row(table.headers(), "BFTableHeader", widths, true));
        table.rows().forEach(cells -> tbl.getContent().add(row(cells, "BFTableText", widths, false)));
        return tbl;
    }

    /**
     * Columns share the width by what they hold: a column of numbers under "STT" stays narrow, a column of
     * names or sentences gets room. A column weighs its longest word with the cell's margins (so no word is
     * broken, the header's included), the average length of its cells, or a third of its longest cell (so a
     * rare long note is not squeezed into a sliver), whichever is most.
     */
    static int[] columnWidths(Table table, int width) {
        int columns = table.headers().size();
        double[] weights = new double[columns];
        for (int c = 0; c < columns; c++) {
            // header words are bold, so wider than the same letters in a cell; every cell has side margins
            double longestWord = longestWord(table.headers().get(c)) * 1.3 + 2;
            double total = 0;
            double longest = 0;
            for (List<String> row : table.rows()) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                longestWord = Math.max(longestWord, longestWord(cell) + 2);
                total += cell.length();
                longest = Math.max(longest, cell.length());
            }
            double average = table.rows().isEmpty() ? 0 : total / table.rows().size();
            weights[c] = Math.max(MIN_COLUMN_WEIGHT, Math.max(longestWord, Math.max(average, longest / 3)));
        }
        double sum = Arrays.stream(weights).sum();
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? width - given : (int) Math.round(width * weights[c] / sum);
            given += widths[c];
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static Tr row(List<String> cells, String style, int[] widths, boolean header) {
        Tr row = WML.createTr();
        if (header) {
            TrPr rowProperties = WML.createTrPr();
            BooleanDefaultTrue repeat = WML.createBooleanDefaultTrue();
            rowProperties.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(repeat));
            row.setTrPr(rowProperties);
        }
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            Tc cell = WML.createTc();
            TcPr cellProperties = WML.createTcPr();
            TblWidth width = WML.createTblWidth();
            width.setW(BigInteger.valueOf(widths[Math.min(c, widths.length - 1)]));
            width.setType("dxa");
            cellProperties.setTcW(width);
            cell.setTcPr(cellProperties);
            cell.getContent().add(paragraph(style, text == null ? "" : text));
            row.getContent().add(cell);
        }
        return row;
    }

    /** The Union writes "***" under its name where the state format draws a short line. */
    private static void withoutBodyLine(List<Object> content) {
        for (Object node : content) {
            Object element = XmlUtils.unwrap(node);
            if (element instanceof P paragraph && paragraph.getPPr() != null && paragraph.getPPr().getPStyle() != null
                    && paragraph.getPPr().getPStyle().getVal().equals("BFBodyLine")) {
                paragraph.getPPr().setPBdr(WML.createPPrBasePBdr());
            } else if (element instanceof ContentAccessor container) {
                withoutBodyLine(container.getContent());
            }
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One pass over the document's content, cells of tables included. */
    private record Filling(Map<String, String> values, Map<String, List<Object>> blocks) {

        void fill(List<Object> content) {
            for (int i = 0; i < content.size(); i++) {
                Object element = XmlUtils.unwrap(content.get(i));
                if (element instanceof P paragraph) {
                    i += fillParagraph(content, i, paragraph);
                } else if (element instanceof ContentAccessor container) {
                    fill(container.getContent());
                }
            }
        }

        /** Returns how far the index moves: the block's size less one, or -1 when the paragraph went. */
        private int fillParagraph(List<Object> content, int index, P paragraph) {
            String text = textOf(paragraph).strip();
            Matcher whole = PLACEHOLDER.matcher(text);
            if (whole.matches()) {
                String name = whole.group(1);
                if (blocks.containsKey(name)) {
                    content.remove(index);
                    content.addAll(index, blocks.get(name));
                    return blocks.get(name).size() - 1;
                }
                if (OPTIONAL.contains(name) && values.getOrDefault(name, "").isEmpty()) {
                    content.remove(index);
                    return -1;
                }
            }
            replaceIn(paragraph);
            return 0;
        }

        private void replaceIn(Object node) {
            Object element = XmlUtils.unwrap(node);
            if (element instanceof R run) {
                List<Object> filled = new ArrayList<>();
                for (Object child : run.getContent()) {
                    Object part = XmlUtils.unwrap(child);
                    if (part instanceof Text text && text.getValue() != null && text.getValue().contains("${")) {
                        filled.addAll(run(replace(text.getValue())).getContent());
                    } else {
                        filled.add(child);
                    }
                }
                run.getContent().clear();
                run.getContent().addAll(filled);
            } else if (element instanceof ContentAccessor container) {
                container.getContent().forEach(this::replaceIn);
            }
        }

        private String replace(String text) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder replaced = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(replaced, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
            }
            matcher.appendTail(replaced);
            return replaced.toString();
        }

        private static String textOf(Object node) {
            Object element = XmlUtils.unwrap(node);
            if (element instanceof Text text) {
                return text.getValue() == null ? "" : text.getValue();
            }
            if (element instanceof ContentAccessor container) {
                StringBuilder text = new StringBuilder();
                container.getContent().forEach(child -> text.append(textOf(child)));
                return text.toString();
            }
            return "";
        }
    }
}
