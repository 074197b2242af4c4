package vn.boardflow.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.IssuingBodyId;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.document.NumberingRegister;
import vn.boardflow.document.NumberingRegister.RegisterFilter;
import vn.boardflow.document.RegisterEntryView;
import vn.boardflow.document.RegisterExports;
import vn.boardflow.document.RegisterStarts;
import vn.boardflow.document.RegisterStarts.RegisterStartView;
import vn.boardflow.shared.TextFolding;
import vn.boardflow.shared.VietnameseDates;

/**
 * Sổ đăng ký văn bản đi with the ten columns the records office keeps: a landscape Word table whose
 * header repeats on every page, ready to print and bind, and the same rows as an Excel sheet.
 */
@Service
@Transactional(readOnly = true)
class RegisterExporter implements RegisterExports {

    static final List<String> COLUMNS = List.of("Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
            "Người ký", "Nơi nhận", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");
    /** Relative widths of the columns; a date fits its column on one line. */
    private static final int[] WIDTHS = {5, 4, 10, 4, 6, 4, 2, 4, 3, 4};
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int PAGE = 10_000;
    private static final int COPIES_COLUMN = 6;

    private final NumberingRegister register;
    private final RegisterStarts starts;
    private final IssuingBodyRepository bodies;

    RegisterExporter(NumberingRegister register, RegisterStarts starts, IssuingBodyRepository bodies) {
        this.register = register;
        this.starts = starts;
        this.bodies = bodies;
    }

    @Override
    public ExportedFile word(IssuingBodyId issuingBodyId, int year) {
        IssuingBodyView body = bodies.view(issuingBodyId);
        List<RegisterEntryView> entries = entries(issuingBodyId, year);
        WordprocessingMLPackage word = PlainWord.page(true, 24);
        List<Object> content = word.getMainDocumentPart().getContent();
        content.add(PlainWord.centred(body.nameOnOneLine(), true));
        content.add(PlainWord.centred("SỔ ĐĂNG KÝ VĂN BẢN ĐI", true));
        content.add(PlainWord.centred("Năm " + year, false));
        migrationNotes(issuingBodyId, year).forEach(note -> content.add(PlainWord.centred(note, false)));
        content.add(PlainWord.table(COLUMNS, entries.stream().map(RegisterExporter::cells).toList(), WIDTHS,
                PlainWord.LANDSCAPE_TEXT_WIDTH, Set.of(), Set.of()));
        return new ExportedFile(fileName(body, year, "docx"), WORD, PlainWord.bytes(word));
    }

    @Override
    public ExportedFile spreadsheet(IssuingBodyId issuingBodyId, int year) {
        IssuingBodyView body = bodies.view(issuingBodyId);
        List<RegisterEntryView> entries = entries(issuingBodyId, year);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sổ văn bản đi " + year);
            CellStyle header = ExcelForms.bordered(workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = ExcelForms.bordered(workbook.createCellStyle());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(body.nameOnOneLine() + " — Sổ đăng ký văn bản đi năm " + year);
            int r = 1;
            for (String note : migrationNotes(issuingBodyId, year)) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            int headingRow = r;
            Row headings = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = headings.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 1300);
            }
            for (RegisterEntryView entry : entries) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(entry);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == COPIES_COLUMN) {
                        cell.setCellValue(entry.copies());
                    } else {
                        cell.setCellValue(cells.get(c));
                    }
                    cell.setCellStyle(text);
                }
            }
            sheet.createFreezePane(0, headingRow + 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return new ExportedFile(fileName(body, year, "xlsx"), EXCEL, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the part kept in BoardFlow begins, for a register moved here from paper during the year. */
    private List<String> migrationNotes(IssuingBodyId issuingBodyId, int year) {
        return starts.of(issuingBodyId, year).stream().map(RegisterStartView::note).toList();
    }

    /** Reading goes through the register, which checks that the user may read this body's register. */
    private List<RegisterEntryView> entries(IssuingBodyId issuingBodyId, int year) {
        return register.entries(new RegisterFilter(issuingBodyId, year, null, null), 0, PAGE);
    }

    static List<String> cells(RegisterEntryView entry) {
        String typeAndSummary = entry.type().sentenceName() + ": " + entry.summary();
        String note = entry.voided() ? "Hủy số: " + entry.voidReason() : entry.note() == null ? "" : entry.note();
        return List.of(entry.symbol(), VietnameseDates.format(entry.issuedOn()), typeAndSummary, entry.signer(),
                String.join("; ", entry.recipients()), entry.keptBy() == null ? "" : entry.keptBy(),
                String.valueOf(entry.copies()), VietnameseDates.format(entry.dispatchedOn()), "", note);
    }

    private static String fileName(IssuingBodyView body, int year, String extension) {
        return "So-van-ban-di-" + TextFolding.ascii(body.abbreviation()) + "-" + year + "." + extension;
    }
}
