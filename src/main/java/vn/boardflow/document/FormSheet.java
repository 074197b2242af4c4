package vn.boardflow.document;

import java.util.List;
import java.util.Set;
import vn.boardflow.document.DocumentContent.Table;

/**
 * An accounting form (biểu mẫu) as offices print and sign it, not a numbered administrative document: the unit
 * at the top left and the form's code at the top right, its title, the lines above its table, the table, the lines
 * below (the total in words), the place and date, and a column for each signatory (Người lập biểu, Kế toán, Thủ
 * trưởng đơn vị).
 *
 * @param unitLines    "Đơn vị: …" and the like
 * @param formCode     "Mẫu số C37-HD" and the text that sets it; empty for a form without one
 * @param table        {@code null} for a form without one
 * @param weights      the table's columns' relative widths
 * @param boldRows     the rows printed in bold (subtotals, the total), counted from 0 below the header
 * @param rightColumns the columns of amounts, aligned right
 * @param landscape    for a table too wide for a portrait page
 */
public record FormSheet(List<String> unitLines, List<String> formCode, String title, List<String> subtitles,
                        List<String> before, Table table, List<Integer> weights, Set<Integer> boldRows,
                        Set<Integer> rightColumns, List<String> after, String placeDate, List<Signatory> signatories,
                        boolean landscape) {

    public FormSheet {
        unitLines = List.copyOf(unitLines);
        formCode = List.copyOf(formCode);
        subtitles = List.copyOf(subtitles);
        before = List.copyOf(before);
        weights = List.copyOf(weights);
        boldRows = Set.copyOf(boldRows);
        rightColumns = Set.copyOf(rightColumns);
        after = List.copyOf(after);
        signatories = List.copyOf(signatories);
        if (table != null && weights.size() != table.headers().size()) {
            throw new IllegalArgumentException("a form's table needs a width for each column");
        }
    }

    /** @param name printed under the space left for the signature; empty to be written by hand */
    public record Signatory(String title, String name) {
    }
}
