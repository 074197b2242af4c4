package vn.boardflow.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.boardflow.document.FormSheet;

/**
 * Forms' tables as Excel sheets, one a form, to be worked with: the title and lines above, the header row frozen,
 * amounts as numbers (so the sheet sums them), bold rows bold, and the lines below.
 */
final class ExcelForms {

    /** Excel's column width unit is 1/256 of a character; a weight of 1 is about two characters. */
    private static final int WIDTH_PER_WEIGHT = 2 * 256;

    private ExcelForms() {
    }

    static byte[] workbook(List<FormSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = bordered(workbook.createCellStyle());
            header.setFont(bold(workbook));
            CellStyle text = bordered(workbook.createCellStyle());
            CellStyle strong = bordered(workbook.createCellStyle());
            strong.setFont(bold(workbook));
            CellStyle amount = bordered(workbook.createCellStyle());
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle strongAmount = bordered(workbook.createCellStyle());
            strongAmount.cloneStyleFrom(amount);
            strongAmount.setFont(bold(workbook));
            for (FormSheet form : sheets) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(form.title()));
                int r = 0;
                for (String line : form.unitLines()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                sheet.createRow(r++).createCell(0).setCellValue(form.title());
                for (String line : form.subtitles()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                if (form.table() != null) {
                    int headingRow = r;
                    Row headings = sheet.createRow(r++);
                    for (int c = 0; c < form.table().headers().size(); c++) {
                        Cell cell = headings.createCell(c);
                        cell.setCellValue(form.table().headers().get(c));
                        cell.setCellStyle(header);
                        sheet.setColumnWidth(c, form.weights().get(c) * WIDTH_PER_WEIGHT);
                    }
                    for (int i = 0; i < form.table().rows().size(); i++) {
                        Row row = sheet.createRow(r++);
                        boolean isBold = form.boldRows().contains(i);
                        List<String> cells = form.table().rows().get(i);
                        for (int c = 0; c < cells.size(); c++) {
                            Cell cell = row.createCell(c);
                            String value = cells.get(c) == null ? "" : cells.get(c);
                            String digits = value.replace(".", "");
                            if (form.rightColumns().contains(c) && digits.matches("-?\\d+")) {
                                cell.setCellValue(Long.parseLong(digits));
                                cell.setCellStyle(isBold ? strongAmount : amount);
                            } else {
                                cell.setCellValue(value);
                                cell.setCellStyle(isBold ? strong : text);
                            }
                        }
                    }
                    sheet.createFreezePane(0, headingRow + 1);
                }
                for (String line : form.after()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thin rules on every side, text wrapped in its cell. */
    static CellStyle bordered(CellStyle style) {
        style.setWrapText(true);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static Font bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        return font;
    }
}
