package vn.boardflow.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentType;

/**
 * Where templates come from: the files shipped in {@code document-templates/document/} (one per type the
 * features need; other types borrow the plan's layout), replaced by the newest uploaded version of a type
 * when there is one. Versions never change, so their bytes are kept once read.
 */
@Component
class TemplateLibrary {

    static final String FOLDER = "document-templates/document/";
    static final String SHIPPED_PREFIX = "default/";

    static final List<DocumentType> DEFAULT_TYPES = List.of(DocumentType.KE_HOACH, DocumentType.BAO_CAO,
            DocumentType.BIEN_BAN, DocumentType.QUYET_DINH, DocumentType.TO_TRINH, DocumentType.THONG_BAO,
            DocumentType.CONG_VAN);

    /** Everything a template may ask the renderer to fill. */
    static final Set<String> PLACEHOLDERS = Set.of("parentBody", "issuingBody", "bodyLine", "numberLine",
            "subjectLine", "nationalTitle", "motto", "placeDate", "typeTitle", "summary", "addressee", "legalBases",
            "preamble", "body", "closing", "recipients", "authority", "signerTitle", "signerName", "coSignerTitle",
            "coSignerName");

    private static final Map<DocumentType, String> FILE_NAMES = Map.of(DocumentType.KE_HOACH, "KH.docx",
            DocumentType.BAO_CAO, "BC.docx", DocumentType.BIEN_BAN, "BB.docx", DocumentType.QUYET_DINH, "QD.docx",
            DocumentType.TO_TRINH, "TTr.docx", DocumentType.THONG_BAO, "TB.docx", DocumentType.CONG_VAN, "CV.docx");

    private final DocumentTemplateRepository uploads;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    TemplateLibrary(DocumentTemplateRepository uploads) {
        this.uploads = uploads;
    }

    static String fileName(DocumentType type) {
        return FILE_NAMES.getOrDefault(type, FILE_NAMES.get(DocumentType.KE_HOACH));
    }

    static String shippedVersion(DocumentType type) {
        return SHIPPED_PREFIX + fileName(type);
    }

    /** The file shipped for the type. */
    static byte[] shipped(DocumentType type) {
        try (InputStream in = new ClassPathResource(FOLDER + fileName(type)).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("template missing for " + type, e);
        }
    }

    /** The version new documents of the type are rendered with. */
    String activeVersion(DocumentType type) {
        return uploads.findFirstByTypeOrderByVersionDesc(type).map(DocumentTemplate::versionLabel)
                .orElse(shippedVersion(type));
    }

    byte[] template(DocumentType type, String version) {
        return loaded.computeIfAbsent(version, label -> label.startsWith(DocumentTemplate.PREFIX)
                ? uploads.findById(Long.parseLong(label.substring(DocumentTemplate.PREFIX.length())))
                        .orElseThrow(() -> new IllegalStateException("no template " + label)).content()
                : shipped(type)).clone();
    }
}
