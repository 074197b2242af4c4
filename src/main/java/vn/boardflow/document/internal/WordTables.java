package vn.boardflow.document.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import vn.boardflow.document.DocumentContent.Table;

/**
 * A body table in Word: the template's table style, a header row that repeats on every page, and columns
 * as wide as what they hold.
 */
final class WordTables {

    /** Even a column of one- or two-digit numbers keeps room for a short header word. */
    private static final int MIN_COLUMN_WEIGHT = 4;
    private static final ObjectFactory WML = new ObjectFactory();

    private WordTables() {
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
            cell.getContent().add(WordBlocks.paragraph(style, text == null ? "" : text));
            row.getContent().add(cell);
        }
        return row;
    }

}
