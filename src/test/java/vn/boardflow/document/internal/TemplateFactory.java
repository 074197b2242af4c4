package vn.boardflow.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.boardflow.document.DocumentType;

/**
 * Writes the Word templates of {@code document-templates/document/}: A4, Nghị định 30 margins, Times New
 * Roman, the named styles the renderer uses, and the placeholders it fills. The files are committed; run
 * this class to regenerate them after changing the layout ({@link TemplatesTest} keeps the two in step).
 */
public final class TemplateFactory {

    static final Path FOLDER = Path.of("document-templates", "document");

    /** 1 mm is 56.7 twips. Top and bottom 20 mm, left 30 mm, right 20 mm. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The heading table reaches a little into both margins, as the usual forms do, so the Quốc hiệu fits one line. */
    static final int HEADING_OUTDENT = 420;
    static final int HEADING_LEFT = 4200;
    static final int HEADING_RIGHT = TEXT_WIDTH + 2 * HEADING_OUTDENT - HEADING_LEFT;

    private TemplateFactory() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        for (Map.Entry<String, byte[]> template : templates().entrySet()) {
            Files.write(FOLDER.resolve(template.getKey()), template.getValue());
            System.out.println("written " + FOLDER.resolve(template.getKey()));
        }
    }

    /** File name → bytes, one template per document type the features need. */
    static Map<String, byte[]> templates() throws IOException {
        Map<String, byte[]> templates = new LinkedHashMap<>();
        for (DocumentType type : TemplateLibrary.DEFAULT_TYPES) {
            templates.put(TemplateLibrary.fileName(type), docx(documentXml(type)));
        }
        return templates;
    }

    static String documentXml(DocumentType type) {
        boolean congVan = type.isCongVan();
        boolean addressed = congVan || type == DocumentType.BAO_CAO || type == DocumentType.TO_TRINH;
        StringBuilder body = new StringBuilder();
        body.append(headingTable(congVan));
        if (!congVan) {
            body.append(paragraph("BFTypeTitle", "${typeTitle}"));
            body.append(paragraph("BFSummary", "${summary}"));
            body.append(paragraph("BFSummaryLine", ""));
        }
        if (addressed) {
            body.append(paragraph("BFAddressee", "${addressee}"));
        }
        body.append(paragraph("BFLegalBasis", "${legalBases}"));
        body.append(paragraph(null, "${preamble}"));
        body.append(paragraph(null, "${body}"));
        body.append(paragraph(null, "${closing}"));
        body.append(type == DocumentType.BIEN_BAN ? twoSignatures() : signatureTable());
        body.append(sectionProperties());
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s</w:body></w:document>"""
                .formatted(body);
    }

    private static String headingTable(boolean congVan) {
        String left = paragraph("BFHeading", "${parentBody}") + paragraph("BFHeadingBold", "${issuingBody}")
                + paragraph("BFBodyLine", "${bodyLine}") + paragraph("BFNumber", "${numberLine}")
                + (congVan ? paragraph("BFSubjectLine", "${subjectLine}") : "");
        String right = paragraph("BFNationalTitle", "${nationalTitle}") + paragraph("BFMotto", "${motto}")
                + paragraph("BFHeading", "") + paragraph("BFPlaceDate", "${placeDate}");
        return table(HEADING_LEFT, left, HEADING_RIGHT, right, -HEADING_OUTDENT);
    }

    private static String signatureTable() {
        String left = paragraph("BFRecipientsLabel", "Nơi nhận:") + paragraph("BFRecipient", "${recipients}");
        String right = paragraph("BFSignature", "${authority}") + paragraph("BFSignature", "${signerTitle}")
                + paragraph("BFSignerName", "${signerName}");
        return table(TEXT_WIDTH / 2, left, TEXT_WIDTH - TEXT_WIDTH / 2, right, 0);
    }

    /**
     * Minutes (Nghị định 30's form): the other party's signature on the left, its title level with the
     * signer's, and "Nơi nhận" below both.
     */
    private static String twoSignatures() {
        String left = paragraph("BFSignature", "") + paragraph("BFSignature", "${coSignerTitle}")
                + paragraph("BFSignerName", "${coSignerName}");
        String right = paragraph("BFSignature", "${authority}") + paragraph("BFSignature", "${signerTitle}")
                + paragraph("BFSignerName", "${signerName}");
        return table(TEXT_WIDTH / 2, left, TEXT_WIDTH - TEXT_WIDTH / 2, right, 0)
                + paragraph("BFRecipientsLabel", "Nơi nhận:") + paragraph("BFRecipient", "${recipients}");
    }

    private static String table(int leftWidth, String left, int rightWidth, String right, int indent) {
        return """
                <w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblInd w:w="%d" w:type="dxa"/>\
                <w:tblLayout w:type="fixed"/>\
                <w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>\
                <w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>\
                <w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>\
                <w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>\
                <w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>\
                <w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>"""
                .formatted(leftWidth + rightWidth, indent, leftWidth, rightWidth, leftWidth, left, rightWidth, right);
    }

    private static String paragraph(String style, String text) {
        String properties = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        String run = text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
        return "<w:p>" + properties + run + "</w:p>";
    }

    private static String sectionProperties() {
        return """
                <w:sectPr><w:headerReference w:type="default" r:id="rId2"/>\
                <w:pgSz w:w="%d" w:h="%d"/>\
                <w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/>\
                <w:titlePg/></w:sectPr>""".formatted(PAGE_WIDTH, PAGE_HEIGHT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM,
                MARGIN_LEFT);
    }

    /** Page numbers: centred in the top margin from page 2 on (the first page has its own, empty, header). */
    private static String headerXml() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:p><w:pPr><w:pStyle w:val="BFPageNumber"/></w:pPr>\
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>\
                <w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>""";
    }

    private static String stylesXml() {
        StringBuilder styles = new StringBuilder();
        styles.append(style("Normal", "Normal", null, true,
                new Layout().spacing(0, 120).line(288).firstLine(567).align("both"), ""));
        styles.append(style("BFHeading", "BF Heading", "Normal", false, centred(0), size(24)));
        styles.append(style("BFHeadingBold", "BF Heading Bold", "BFHeading", false, new Layout(), "<w:b/>"));
        styles.append(style("BFBodyLine", "BF Body Line", "BFHeading", false,
                new Layout().bottomBorder().indent(1400, 1400), ""));
        styles.append(style("BFNumber", "BF Number", "BFHeading", false, new Layout().spacing(120, 0), size(26)));
        styles.append(style("BFSubjectLine", "BF Subject Line", "BFHeading", false, new Layout().spacing(60, 0),
                size(24)));
        styles.append(style("BFNationalTitle", "BF National Title", "BFHeading", false, new Layout(),
                "<w:b/>" + size(24)));
        styles.append(style("BFMotto", "BF Motto", "BFHeading", false, new Layout().bottomBorder().indent(1000, 1000),
                "<w:b/>" + size(26)));
        styles.append(style("BFPlaceDate", "BF Place Date", "BFHeading", false, new Layout().spacing(120, 0),
                "<w:i/>" + size(28)));
        styles.append(style("BFTypeTitle", "BF Type Title", "Normal", false, centred(360), "<w:b/>"));
        styles.append(style("BFSummary", "BF Summary", "Normal", false, centred(0), "<w:b/>"));
        styles.append(style("BFSummaryLine", "BF Summary Line", "Normal", false,
                centred(0).bottomBorder().indent(3300, 3300), size(12)));
        styles.append(style("BFAddressee", "BF Addressee", "Normal", false, centred(240), ""));
        styles.append(style("BFLegalBasis", "BF Legal Basis", "Normal", false, new Layout(), "<w:i/>"));
        styles.append(style("BFPart", "BF Part", "Normal", false, new Layout().keepNext(), "<w:b/>"));
        styles.append(style("BFSection", "BF Section", "Normal", false, new Layout().keepNext(), "<w:b/>"));
        styles.append(style("BFPoint", "BF Point", "Normal", false, new Layout(), ""));
        styles.append(style("BFBullet", "BF Bullet", "Normal", false, new Layout(), ""));
        styles.append(style("BFSignature", "BF Signature", "Normal", false, centred(0).keepNext(), "<w:b/>"));
        styles.append(style("BFSignerName", "BF Signer Name", "BFSignature", false, new Layout().spacing(1800, 0), ""));
        styles.append(style("BFRecipientsLabel", "BF Recipients Label", "Normal", false, flushLeft(120).keepNext(),
                "<w:b/><w:i/>" + size(24)));
        styles.append(style("BFRecipient", "BF Recipient", "Normal", false, flushLeft(0), size(22)));
        styles.append(style("BFTableHeader", "BF Table Header", "Normal", false, centred(0), "<w:b/>" + size(26)));
        styles.append(style("BFTableText", "BF Table Text", "Normal", false, flushLeft(0), size(26)));
        styles.append(style("BFPageNumber", "BF Page Number", "Normal", false, centred(0), ""));
        styles.append("""
                <w:style w:type="table" w:styleId="BFTable"><w:name w:val="BF Table"/><w:tblPr><w:tblBorders>\
                <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
                <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
                <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
                <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>\
                <w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>\
                </w:tblPr></w:style>""");
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>\
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
                w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:color w:val="000000"/>\
                <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>\
                </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>%s</w:styles>"""
                .formatted(styles);
    }

    private static String style(String id, String name, String basedOn, boolean isDefault, Layout layout,
                                String runProperties) {
        String paragraphProperties = layout.xml();
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/>"
                + (paragraphProperties.isEmpty() ? "" : "<w:pPr>" + paragraphProperties + "</w:pPr>")
                + (runProperties.isEmpty() ? "" : "<w:rPr>" + runProperties + "</w:rPr>")
                + "</w:style>";
    }

    private static Layout centred(int before) {
        return new Layout().spacing(before, 0).firstLine(0).align("center");
    }

    private static Layout flushLeft(int before) {
        return new Layout().spacing(before, 0).firstLine(0).align("left");
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    /**
     * Paragraph properties, written in the element order the schema demands (Word refuses a file whose
     * w:pPr children are out of order): keepNext, pBdr, spacing, ind, jc.
     */
    private static final class Layout {
        private boolean keepNext;
        private boolean bottomBorder;
        private Integer before;
        private Integer after;
        private Integer line;
        private Integer left;
        private Integer right;
        private Integer firstLine;
        private String align;

        Layout keepNext() {
            keepNext = true;
            return this;
        }

        Layout bottomBorder() {
            bottomBorder = true;
            return this;
        }

        Layout spacing(int before, int after) {
            this.before = before;
            this.after = after;
            return this;
        }

        Layout line(int line) {
            this.line = line;
            return this;
        }

        Layout indent(int left, int right) {
            this.left = left;
            this.right = right;
            this.firstLine = 0;
            return this;
        }

        Layout firstLine(int firstLine) {
            this.firstLine = firstLine;
            return this;
        }

        Layout align(String align) {
            this.align = align;
            return this;
        }

        String xml() {
            StringBuilder xml = new StringBuilder();
            if (keepNext) {
                xml.append("<w:keepNext/>");
            }
            if (bottomBorder) {
                xml.append("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>");
            }
            if (before != null) {
                xml.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after).append('"')
                        .append(line == null ? "" : " w:line=\"" + line + "\" w:lineRule=\"auto\"").append("/>");
            }
            if (left != null || firstLine != null) {
                xml.append("<w:ind").append(left == null ? "" : " w:left=\"" + left + "\" w:right=\"" + right + "\"")
                        .append(" w:firstLine=\"").append(firstLine).append("\"/>");
            }
            if (align != null) {
                xml.append("<w:jc w:val=\"").append(align).append("\"/>");
            }
            return xml.toString();
        }
    }

    private static byte[] docx(String documentXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/header1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/></Relationships>""");
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
                </Relationships>""");
        parts.put("word/document.xml", documentXml);
        parts.put("word/styles.xml", stylesXml());
        parts.put("word/header1.xml", headerXml());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
