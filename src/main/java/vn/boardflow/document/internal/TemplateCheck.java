package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.boardflow.shared.RuleViolation;

/**
 * What an uploaded file must be before any XML parser sees it: a zip of modest size whose entries really
 * unpack to modest sizes (a zip bomb stops at the limit, whatever its headers claim), a Word document and
 * not a macro-enabled one, and no DOCTYPE anywhere, which is how XXE payloads get in (OOXML never needs one).
 */
final class TemplateCheck {

    static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private TemplateCheck() {
    }

    /** Returns the package's parts by name, or refuses with the reason in the user's words. */
    static Map<String, byte[]> unpack(byte[] upload, int maxBytes) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolation("docx.error.notDocx");
        }
        if (upload.length > maxBytes) {
            throw new RuleViolation("docx.error.tooLarge", maxBytes / (1024 * 1024));
        }
        for (int i = 0; i < ZIP_SIGNATURE.length; i++) {
            if (upload.length <= i || upload[i] != ZIP_SIGNATURE[i]) {
                throw new RuleViolation("docx.error.notDocx");
            }
        }
        Map<String, byte[]> parts = read(upload);
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null) {
            throw new RuleViolation("docx.error.notDocx");
        }
        String contentTypes = new String(types, StandardCharsets.UTF_8);
        boolean macros = contentTypes.contains("macroEnabled")
                || parts.keySet().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        if (macros) {
            throw new RuleViolation("docx.error.macros");
        }
        if (!contentTypes.contains(WORD_MAIN)) {
            throw new RuleViolation("docx.error.notDocx");
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey().toLowerCase(Locale.ROOT);
            if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDoctype(part.getValue())) {
                throw new RuleViolation("docx.error.doctype");
            }
        }
        return parts;
    }

    /** "<!DOCTYPE" in any case, read byte by byte: every part of every document checked is scanned. */
    private static boolean declaresDoctype(byte[] xml) {
        for (int start = 0; start + DOCTYPE.length <= xml.length; start++) {
            int matched = 0;
            while (matched < DOCTYPE.length && Character.toUpperCase(xml[start + matched]) == DOCTYPE[matched]) {
                matched++;
            }
            if (matched == DOCTYPE.length) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, byte[]> read(byte[] upload) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (parts.size() >= MAX_ENTRIES) {
                    throw new RuleViolation("docx.error.zipBomb");
                }
                byte[] content = readBounded(zip, MAX_UNPACKED_BYTES - unpacked);
                unpacked += content.length;
                parts.put(entry.getName(), content);
            }
        } catch (IOException notAZip) {
            throw new RuleViolation("docx.error.notDocx");
        }
        if (parts.isEmpty()) {
            throw new RuleViolation("docx.error.notDocx");
        }
        return parts;
    }

    private static byte[] readBounded(InputStream in, long allowance) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > allowance) {
                throw new RuleViolation("docx.error.zipBomb");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
