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
 * The Word templates shipped in {@code document-templates/document/}, one per document type the features
 * need; other types borrow the plan's layout. Loaded once and kept, since every rendering reads one.
 */
@Component
class TemplateLibrary {

    static final String FOLDER = "document-templates/document/";

    static final List<DocumentType> DEFAULT_TYPES = List.of(DocumentType.KE_HOACH, DocumentType.BAO_CAO,
            DocumentType.BIEN_BAN, DocumentType.QUYET_DINH, DocumentType.TO_TRINH, DocumentType.THONG_BAO,
            DocumentType.CONG_VAN);

    /** Everything a template may ask the renderer to fill. */
    static final Set<String> PLACEHOLDERS = Set.of("parentBody", "issuingBody", "bodyLine", "numberLine",
            "subjectLine", "nationalTitle", "motto", "placeDate", "typeTitle", "summary", "addressee", "legalBases",
            "preamble", "body", "closing", "recipients", "authority", "signerTitle", "signerName");

    private static final Map<DocumentType, String> FILE_NAMES = Map.of(DocumentType.KE_HOACH, "KH.docx",
            DocumentType.BAO_CAO, "BC.docx", DocumentType.BIEN_BAN, "BB.docx", DocumentType.QUYET_DINH, "QD.docx",
            DocumentType.TO_TRINH, "TTr.docx", DocumentType.THONG_BAO, "TB.docx", DocumentType.CONG_VAN, "CV.docx");

    private final Map<DocumentType, byte[]> loaded = new ConcurrentHashMap<>();

    static String fileName(DocumentType type) {
        return FILE_NAMES.getOrDefault(type, FILE_NAMES.get(DocumentType.KE_HOACH));
    }

    /** Which template rendered a document, kept with it: the shipped file of its type. */
    static String version(DocumentType type) {
        return "default/" + fileName(type);
    }

    byte[] template(DocumentType type) {
        return loaded.computeIfAbsent(type, TemplateLibrary::read);
    }

    private static byte[] read(DocumentType type) {
        try (InputStream in = new ClassPathResource(FOLDER + fileName(type)).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("template missing for " + type, e);
        }
    }
}
