package vn.boardflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.boardflow.IntegrationTest;
import vn.boardflow.Logins;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.document.DocumentTemplates.TemplateVersion;
import vn.boardflow.document.DocumentType;
import vn.boardflow.document.TemplateEdits;
import vn.boardflow.shared.RuleViolation;

/** A bad upload gets its own clear reason and the template in use stays; a good one becomes the next version. */
@IntegrationTest
class TemplateUploadTests {

    @Autowired
    DocumentTemplates templates;
    @Autowired
    UserDetailsService userDetails;

    record BadUpload(String name, byte[] bytes, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<BadUpload> badUploads() throws IOException {
        byte[] plan = TemplateLibrary.shipped(DocumentType.KE_HOACH);
        byte[] random = new byte[DocumentTemplates.MAX_UPLOAD_BYTES + 1];
        new Random(7).nextBytes(random);
        random[0] = 'P';
        random[1] = 'K';
        random[2] = 3;
        random[3] = 4;
        return List.of(
                new BadUpload("a .docm with macros", TemplateEdits.replace(plan, "[Content_Types].xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml"), "docx.error.macros"),
                new BadUpload("a zip bomb", zipBomb(), "docx.error.zipBomb"),
                new BadUpload("an XXE payload", TemplateEdits.replace(plan, "word/document.xml", "<w:document",
                        "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document"),
                        "docx.error.doctype"),
                new BadUpload("an oversized file", random, "docx.error.tooLarge"),
                new BadUpload("a PDF", "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                        "docx.error.notDocx"),
                new BadUpload("an unknown placeholder", TemplateEdits.replace(plan, "word/document.xml", "${closing}",
                        "${closing}${secretField}"), "template.error.unknownPlaceholder"),
                new BadUpload("no body placeholder", TemplateEdits.replace(plan, "word/document.xml", "${body}", ""),
                        "template.error.bodyMissing"));
    }

    @ParameterizedTest
    @MethodSource("badUploads")
    void aBadUploadIsRefusedWithItsReasonAndTheTemplateInUseStays(BadUpload upload) {
        Logins.as(userDetails, "quantri");
        String activeBefore = active(DocumentType.BIEN_BAN);

        assertThatThrownBy(() -> templates.upload(DocumentType.BIEN_BAN, "mau.docx", upload.bytes()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo(upload.reason()));
        assertThat(active(DocumentType.BIEN_BAN)).isEqualTo(activeBefore);
    }

    @Test
    void aGoodUploadBecomesTheNextVersionAndTheShippedOneStaysListed() throws IOException {
        Logins.as(userDetails, "quantri");
        byte[] edited = TemplateEdits.replace(TemplateLibrary.shipped(DocumentType.THONG_BAO), "word/styles.xml",
                "<w:sz w:val=\"28\"/>", "<w:sz w:val=\"26\"/>");
        int before = templates.versions(DocumentType.THONG_BAO).getFirst().number();

        TemplateVersion uploaded = templates.upload(DocumentType.THONG_BAO, "TB-13pt.docx", edited);

        assertThat(uploaded.number()).isEqualTo(before + 1);
        assertThat(active(DocumentType.THONG_BAO)).isEqualTo(uploaded.version());
        assertThat(templates.file(DocumentType.THONG_BAO, uploaded.version())).isEqualTo(edited);
        assertThat(templates.versions(DocumentType.THONG_BAO).getLast().version()).isEqualTo("default/TB.docx");
    }

    @Test
    void onlyAdministratorsUpload() {
        Logins.as(userDetails, "vanthu");
        assertThatThrownBy(() -> templates.upload(DocumentType.THONG_BAO, "x.docx",
                TemplateLibrary.shipped(DocumentType.THONG_BAO))).isInstanceOf(AccessDeniedException.class);
    }

    private String active(DocumentType type) {
        return templates.versions(type).stream().filter(TemplateVersion::active).findFirst().orElseThrow().version();
    }

    /** A small archive whose one entry unpacks to far more than any template. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
