package vn.boardflow.document.internal;

import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.springframework.stereotype.Component;
import vn.boardflow.document.FormSheet;
import vn.boardflow.document.FormSheet.Signatory;
import vn.boardflow.document.FormSheets;

/**
 * A form on a plain A4 page in Times New Roman 13 pt, its signatures side by side in a table without rules; or its
 * table in a workbook.
 */
@Component
class WordForms implements FormSheets {

    private static final ObjectFactory WML = new ObjectFactory();
    /** Room left for the signatures, in empty lines. */
    private static final int SIGNATURE_LINES = 3;

    @Override
    public byte[] word(FormSheet sheet) {
        WordprocessingMLPackage word = PlainWord.page(sheet.landscape(), 26);
        int width = sheet.landscape() ? PlainWord.LANDSCAPE_TEXT_WIDTH : PlainWord.PORTRAIT_TEXT_WIDTH;
        List<Object> content = word.getMainDocumentPart().getContent();
        sheet.unitLines().forEach(line -> content.add(PlainWord.line(line, JcEnumeration.LEFT, true, false)));
        sheet.formCode().forEach(line -> content.add(PlainWord.line(line, JcEnumeration.RIGHT, false, false)));
        content.add(PlainWord.centred(sheet.title(), true));
        sheet.subtitles().forEach(line -> content.add(PlainWord.line(line, JcEnumeration.CENTER, false, true)));
        sheet.before().forEach(line -> content.add(PlainWord.line(line, JcEnumeration.LEFT, false, false)));
        if (sheet.table() != null) {
            content.add(PlainWord.table(sheet.table().headers(), sheet.table().rows(),
                    sheet.weights().stream().mapToInt(Integer::intValue).toArray(), width, sheet.boldRows(),
                    sheet.rightColumns()));
        }
        sheet.after().forEach(line -> content.add(PlainWord.line(line, JcEnumeration.LEFT, false, false)));
        if (sheet.placeDate() != null) {
            content.add(PlainWord.line(sheet.placeDate(), JcEnumeration.RIGHT, false, true));
        }
        if (!sheet.signatories().isEmpty()) {
            content.add(signatures(sheet.signatories(), width));
        }
        return PlainWord.bytes(word);
    }

    @Override
    public byte[] workbook(List<FormSheet> sheets) {
        return ExcelForms.workbook(sheets);
    }

    private static Tbl signatures(List<Signatory> signatories, int width) {
        Tbl table = PlainWord.table(width);
        Tr row = WML.createTr();
        for (Signatory signatory : signatories) {
            Tc cell = PlainWord.cell(width / signatories.size());
            cell.getContent().add(PlainWord.centred(signatory.title(), true));
            cell.getContent().add(PlainWord.line("(Ký, họ tên)", JcEnumeration.CENTER, false, true));
            for (int line = 0; line < SIGNATURE_LINES; line++) {
                cell.getContent().add(PlainWord.centred("", false));
            }
            cell.getContent().add(PlainWord.centred(signatory.name(), true));
            row.getContent().add(cell);
        }
        table.getContent().add(row);
        return table;
    }
}
