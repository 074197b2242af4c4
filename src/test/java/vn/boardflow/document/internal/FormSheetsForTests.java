package vn.boardflow.document.internal;

import vn.boardflow.document.FormSheet;

/** The form renderer without a Spring context, for tests of the features that fill forms. */
public final class FormSheetsForTests {

    private FormSheetsForTests() {
    }

    public static byte[] word(FormSheet sheet) {
        return new WordForms().word(sheet);
    }
}
