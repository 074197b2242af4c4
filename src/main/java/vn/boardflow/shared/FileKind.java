package vn.boardflow.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, told by its first bytes and never by its name alone (a Word or Excel file is a zip
 * whose name says which): the kinds of file the boards send with their documents and evidence.
 */
public enum FileKind {
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    /** The longest file name kept, in UTF-8 bytes. */
    private static final int MAX_NAME_BYTES = 200;

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileKind> of(String fileName, byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, 'P', 'K', 3, 4) && lower.endsWith(DOCX.extension)) {
            return Optional.of(DOCX);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) && lower.endsWith(XLSX.extension)) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** The name with this kind's extension in place of whatever it had. */
    public String named(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }

    /**
     * Keeps the name a person gave the file, without any folder a browser may send and at a storable length.
     *
     * @param fallback the name of a file sent without one
     */
    public static String cleanName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = fallback;
        }
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        return utf8.length <= MAX_NAME_BYTES ? name
                : new String(Arrays.copyOf(utf8, MAX_NAME_BYTES), StandardCharsets.UTF_8).strip();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
