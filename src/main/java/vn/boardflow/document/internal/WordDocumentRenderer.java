package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentContent.Annex;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentSymbol;
import vn.boardflow.document.FormatProfile;
import vn.boardflow.shared.Sha256;
import vn.boardflow.shared.VietnameseDates;
import vn.boardflow.shared.VietnameseNumbers;

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
            WordPictures pictures = new WordPictures(word);
            new Filling(values(content), blocks(content, pictures)).fill(document);
            document.addAll(annexes(content, pictures));
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
        return prepared.computeIfAbsent(Sha256.hex(template), hash -> {
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

    private static Map<String, List<Object>> blocks(DocumentContent content, WordPictures pictures) {
        Map<String, List<Object>> blocks = new HashMap<>();
        List<Object> bases = new ArrayList<>();
        for (int i = 0; i < content.legalBases().size(); i++) {
            boolean last = i == content.legalBases().size() - 1;
            bases.add(WordBlocks.paragraph("BFLegalBasis", withEnding(content.legalBases().get(i), last ? "." : ";")));
        }
        blocks.put("legalBases", bases);
        List<Object> recipients = new ArrayList<>();
        for (int i = 0; i < content.recipients().size(); i++) {
            boolean last = i == content.recipients().size() - 1;
            recipients.add(WordBlocks.paragraph("BFRecipient", "- " + withEnding(content.recipients().get(i), last ? "." : ";")));
        }
        blocks.put("recipients", recipients);
        List<Object> body = new ArrayList<>();
        content.blocks().forEach(block -> body.add(WordBlocks.element(block, pictures)));
        blocks.put("body", body);
        return blocks;
    }

    /** Phụ lục are numbered I, II… when there are several; a document issued with this one keeps its name. */
    private static List<Object> annexes(DocumentContent content, WordPictures pictures) {
        List<Object> paragraphs = new ArrayList<>();
        long phuLuc = content.annexes().stream().filter(Annex::phuLuc).count();
        int numbered = 0;
        for (Annex annex : content.annexes()) {
            String heading = annex.heading();
            if (annex.phuLuc() && phuLuc > 1) {
                heading += " " + VietnameseNumbers.roman(++numbered);
            }
            paragraphs.addAll(WordBlocks.annex(heading, annex.title(), reference(content, annex), annex.blocks(),
                    pictures));
        }
        return paragraphs;
    }

    /** "(Kèm theo Quyết định số 05/QĐ-BTC.ĐACN ngày 10 tháng 01 năm 2018 của …)"; a draft's number place stays empty. */
    private static String reference(DocumentContent content, Annex annex) {
        String symbol = content.symbol() != null ? content.symbol() : draftSymbol(content);
        return "(" + (annex.phuLuc() ? "Kèm theo " : "Ban hành kèm theo ") + content.type().sentenceName() + " số "
                + symbol + " " + VietnameseDates.longDate(content.date()) + " của " + content.body().name() + ")";
    }

    /** Content carries no closing punctuation; the document's rules add it. */
    private static String withEnding(String line, String ending) {
        String stripped = line.strip().replaceAll("[;.,]+$", "");
        return stripped + ending;
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
                        filled.addAll(WordBlocks.run(replace(text.getValue())).getContent());
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
