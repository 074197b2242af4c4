package vn.boardflow.document;

import java.util.List;

/**
 * Kiểm tra thể thức: reads a Word document as it will be printed and lists where it breaks the format
 * rules of its profile: the number, the Quốc hiệu and Tiêu ngữ, the place and date line, the legal
 * bases' punctuation and "Nơi nhận".
 */
public interface FormatCheck {

    /** @param draft a draft leaves its number to the clerk, so its empty number place is no finding */
    List<Finding> check(byte[] docx, FormatProfile profile, boolean draft);

    /** A broken rule, as a message key with its arguments, and the line that breaks it. */
    record Finding(String messageKey, String line) {
    }
}
