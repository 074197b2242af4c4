package vn.boardflow.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.boardflow.report.ReportConsolidations.Consolidation;
import vn.boardflow.report.ReportConsolidations.Total;
import vn.boardflow.report.ReportConsolidations.UnitRow;
import vn.boardflow.shared.Translations;

/**
 * A consolidation as a spreadsheet: one row per unit with its state, each figure of the period and of the year so
 * far in columns of their own (numbers, so they add up in Excel too), then the totals and the body's targets.
 */
final class ConsolidationSheet {

    private ConsolidationSheet() {
    }

    static byte[] write(Consolidation consolidation) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(consolidation.period().label().replace('/', '-'));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(consolidation.formName() + " " + consolidation.period().label());
            Row headings = sheet.createRow(2);
            int column = 0;
            for (String heading : new String[]{"TT", "Đơn vị", "Tình trạng"}) {
                headings.createCell(column++).setCellValue(heading);
            }
            for (Total total : consolidation.totals()) {
                headings.createCell(column++).setCellValue(total.field().label() + " — trong kỳ");
                headings.createCell(column++).setCellValue(total.field().label() + " — lũy kế");
            }
            headings.forEach(cell -> cell.setCellStyle(bold));
            int r = 3;
            for (UnitRow unit : consolidation.units()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(r - 3);
                row.createCell(1).setCellValue(unit.unitName());
                row.createCell(2).setCellValue(unit.status() == null ? ""
                        : Translations.get(Translations.VIETNAMESE, unit.status().messageKey()));
                int c = 3;
                for (Total total : consolidation.totals()) {
                    Long period = unit.period().get(total.field().key());
                    Long cumulative = unit.cumulative().get(total.field().key());
                    if (period != null) {
                        row.createCell(c).setCellValue(period);
                    }
                    if (cumulative != null) {
                        row.createCell(c + 1).setCellValue(cumulative);
                    }
                    c += 2;
                }
            }
            Row sums = sheet.createRow(r++);
            sums.createCell(1).setCellValue("Tổng cộng");
            Row targets = sheet.createRow(r);
            targets.createCell(1).setCellValue("Chỉ tiêu năm / tỷ lệ đạt");
            int c = 3;
            for (Total total : consolidation.totals()) {
                sums.createCell(c).setCellValue(total.period());
                sums.createCell(c + 1).setCellValue(total.cumulative());
                if (total.target() != null) {
                    targets.createCell(c).setCellValue(total.target());
                }
                if (total.percent() != null) {
                    targets.createCell(c + 1).setCellValue(total.percent() + "%");
                }
                c += 2;
            }
            sums.forEach(cell -> cell.setCellStyle(bold));
            for (int i = 0; i < column; i++) {
                sheet.autoSizeColumn(i);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the consolidation", e);
        }
    }
}
