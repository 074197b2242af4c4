package vn.boardflow.document.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Word files written without a template, for the registers and forms the offices print (the outgoing register, an
 * accounting form): A4 in Times New Roman with 2 cm margins, centred or aligned lines, and ruled tables whose header
 * row repeats on every page.
 */
final class PlainWord {

    static final int MARGIN = 1134;
    static final int PORTRAIT_TEXT_WIDTH = 11906 - 2 * MARGIN;
    static final int LANDSCAPE_TEXT_WIDTH = 16838 - 2 * MARGIN;
    private static final ObjectFactory WML = new ObjectFactory();

    private PlainWord() {
    }

    /** @param halfPoints the text's size in half points: 24 for 12 pt, 26 for 13 pt */
    static WordprocessingMLPackage page(boolean landscape, int halfPoints) {
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.createPackage(PageSizePaper.A4, landscape);
            RPr defaults = word.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                    .getRPrDefault().getRPr();
            RFonts fonts = WML.createRFonts();
            fonts.setAscii("Times New Roman");
            fonts.setHAnsi("Times New Roman");
            fonts.setCs("Times New Roman");
            fonts.setEastAsia("Times New Roman");
            defaults.setRFonts(fonts);
            HpsMeasure size = WML.createHpsMeasure();
            size.setVal(BigInteger.valueOf(halfPoints));
            defaults.setSz(size);
            SectPr section = word.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
            section.getPgMar().setTop(BigInteger.valueOf(MARGIN));
            section.getPgMar().setBottom(BigInteger.valueOf(MARGIN));
            section.getPgMar().setLeft(BigInteger.valueOf(MARGIN));
            section.getPgMar().setRight(BigInteger.valueOf(MARGIN));
            return word;
        } catch (Exception e) {
            throw new IllegalStateException("could not start a Word file", e);
        }
    }

    static byte[] bytes(WordprocessingMLPackage word) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            word.save(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not write a Word file", e);
        }
    }

    static P centred(String text, boolean bold) {
        return line(text, JcEnumeration.CENTER, bold, false);
    }

    static P line(String text, JcEnumeration alignment, boolean bold, boolean italic) {
        P paragraph = WordBlocks.paragraph(null, text);
        PPr properties = WML.createPPr();
        Jc jc = WML.createJc();
        jc.setVal(alignment);
        properties.setJc(jc);
        paragraph.setPPr(properties);
        if (bold || italic) {
            RPr run = WML.createRPr();
            if (bold) {
                run.setB(WML.createBooleanDefaultTrue());
            }
            if (italic) {
                run.setI(WML.createBooleanDefaultTrue());
            }
            ((R) paragraph.getContent().getFirst()).setRPr(run);
        }
        return paragraph;
    }

    /**
     * A ruled table as wide as the text, its columns shared by {@code weights}.
     *
     * @param boldRows the rows (counted from 0, the header not counted) printed in bold, such as subtotals
     * @param right    the columns aligned right, such as amounts
     */
    static Tbl table(List<String> headers, List<List<String>> rows, int[] weights, int width, Set<Integer> boldRows,
                     Set<Integer> right) {
        Tbl table = table(width);
        TblPr properties = table.getTblPr();
        TblBorders borders = WML.createTblBorders();
        borders.setTop(rule());
        borders.setBottom(rule());
        borders.setLeft(rule());
        borders.setRight(rule());
        borders.setInsideH(rule());
        borders.setInsideV(rule());
        properties.setTblBorders(borders);
        int total = Arrays.stream(weights).sum();
        int[] widths = Arrays.stream(weights).map(weight -> (int) ((long) width * weight / total)).toArray();
        TblGrid grid = WML.createTblGrid();
        for (int columnWidth : widths) {
            TblGridCol column = WML.createTblGridCol();
            column.setW(BigInteger.valueOf(columnWidth));
            grid.getGridCol().add(column);
        }
        table.setTblGrid(grid);
        table.getContent().add(row(headers, widths, true, true, Set.of()));
        for (int r = 0; r < rows.size(); r++) {
            table.getContent().add(row(rows.get(r), widths, false, boldRows.contains(r), right));
        }
        return table;
    }

    private static Tr row(List<String> cells, int[] widths, boolean header, boolean bold, Set<Integer> right) {
        Tr row = WML.createTr();
        if (header) {
            TrPr rowProperties = WML.createTrPr();
            BooleanDefaultTrue repeat = WML.createBooleanDefaultTrue();
            rowProperties.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(repeat));
            row.setTrPr(rowProperties);
        }
        for (int c = 0; c < cells.size(); c++) {
            Tc cell = cell(widths[Math.min(c, widths.length - 1)]);
            String text = cells.get(c) == null ? "" : cells.get(c);
            JcEnumeration alignment = header ? JcEnumeration.CENTER
                    : right.contains(c) ? JcEnumeration.RIGHT : JcEnumeration.LEFT;
            cell.getContent().add(line(text, alignment, bold, false));
            row.getContent().add(cell);
        }
        return row;
    }

    /** A table as wide as {@code width} twips, without rules. */
    static Tbl table(int width) {
        Tbl table = WML.createTbl();
        TblPr properties = WML.createTblPr();
        TblWidth tableWidth = WML.createTblWidth();
        tableWidth.setW(BigInteger.valueOf(width));
        tableWidth.setType("dxa");
        properties.setTblW(tableWidth);
        table.setTblPr(properties);
        return table;
    }

    /** An empty cell {@code width} twips wide. */
    static Tc cell(int width) {
        Tc cell = WML.createTc();
        TcPr properties = WML.createTcPr();
        TblWidth cellWidth = WML.createTblWidth();
        cellWidth.setW(BigInteger.valueOf(width));
        cellWidth.setType("dxa");
        properties.setTcW(cellWidth);
        cell.setTcPr(properties);
        return cell;
    }

    private static CTBorder rule() {
        CTBorder border = WML.createCTBorder();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setColor("000000");
        return border;
    }
}
