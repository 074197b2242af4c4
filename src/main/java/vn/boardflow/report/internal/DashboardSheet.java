package vn.boardflow.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.boardflow.report.ReportDashboards.Dashboard;
import vn.boardflow.report.ReportDashboards.FieldProgress;
import vn.boardflow.report.ReportDashboards.PeriodProgress;
import vn.boardflow.report.ReportDashboards.PeriodRates;
import vn.boardflow.report.ReportDashboards.UnitProgress;

/**
 * The dashboard's tables as a workbook, one sheet per table beside its chart on the screen; numbers stay numbers,
 * so they add up and chart again in Excel.
 */
final class DashboardSheet {

    private DashboardSheet() {
    }

    static byte[] write(Dashboard dashboard) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            String title = dashboard.formName() + " năm " + dashboard.year()
                    + (dashboard.unitName() == null ? "" : " — " + dashboard.unitName());
            table(workbook.createSheet("Chỉ tiêu"), bold, title,
                    List.of("Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm", "Thực hiện", "Tỷ lệ (%)", "Chậm tiến độ"),
                    dashboard.fields().stream().map(DashboardSheet::row).toList());
            String field = dashboard.field() == null ? "" : dashboard.field().label();
            table(workbook.createSheet("Theo kỳ"), bold, field + " — " + title,
                    List.of("Kỳ", "Trong kỳ", "Lũy kế", "Tiến độ theo chỉ tiêu"),
                    dashboard.periods().stream().map(DashboardSheet::row).toList());
            table(workbook.createSheet("Theo đơn vị"), bold, field + " — " + title,
                    List.of("Đơn vị", "Chỉ tiêu", "Thực hiện", "Tỷ lệ (%)", "Chậm tiến độ"),
                    dashboard.units().stream().map(DashboardSheet::row).toList());
            table(workbook.createSheet("Tiến độ báo cáo"), bold, title,
                    List.of("Kỳ", "Phải báo cáo", "Đã tiếp nhận", "Đúng hạn", "Đầy đủ (%)", "Đúng hạn (%)"),
                    dashboard.rates().stream().map(DashboardSheet::row).toList());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dashboard", e);
        }
    }

    private static List<Object> row(FieldProgress field) {
        return cells(field.field().label(), field.field().unit(), field.target(), field.actual(), field.percent(),
                field.behindPace() ? "x" : "");
    }

    private static List<Object> row(PeriodProgress period) {
        return cells(period.period().shortLabel(), period.value(), period.cumulative(), period.expected());
    }

    private static List<Object> row(UnitProgress unit) {
        return cells(unit.name(), unit.target(), unit.actual(), unit.percent(), unit.behindPace() ? "x" : "");
    }

    private static List<Object> row(PeriodRates period) {
        return cells(period.period().shortLabel(), period.expected(), period.accepted(), period.onTime(),
                period.completeness(), period.timeliness());
    }

    /** The values in order, a blank kept as {@code null}, which {@code List.of} refuses. */
    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>(values.length);
        Collections.addAll(cells, values);
        return cells;
    }

    private static void table(Sheet sheet, CellStyle bold, String title, List<String> headings, List<List<Object>> rows) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(2);
        for (int column = 0; column < headings.size(); column++) {
            header.createCell(column).setCellValue(headings.get(column));
            header.getCell(column).setCellStyle(bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(3 + r);
            List<Object> values = rows.get(r);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value instanceof Number number) {
                    row.createCell(column).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(column).setCellValue(value.toString());
                }
            }
        }
        for (int column = 0; column < headings.size(); column++) {
            sheet.autoSizeColumn(column);
        }
    }
}
