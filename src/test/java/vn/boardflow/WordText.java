package vn.boardflow;

import java.io.ByteArrayInputStream;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** A Word file's main text, opened as Word would open it, for a test to read what was issued. */
public final class WordText {

    private WordText() {
    }

    public static String of(byte[] docx) {
        try {
            return TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(docx))
                    .getMainDocumentPart().getJaxbElement());
        } catch (Docx4JException e) {
            throw new IllegalStateException("not a Word file", e);
        }
    }
}
