package vn.boardflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The committed templates are what {@link TemplateFactory} writes, and ask only for what the renderer fills. */
class TemplatesTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    @Test
    void theCommittedTemplatesAreTheFactorysOutput() throws IOException {
        for (Map.Entry<String, byte[]> template : TemplateFactory.templates().entrySet()) {
            byte[] committed = Files.readAllBytes(TemplateFactory.FOLDER.resolve(template.getKey()));
            assertThat(parts(committed)).as(template.getKey() + ": rerun TemplateFactory")
                    .isEqualTo(parts(template.getValue()));
        }
    }

    @Test
    void everyPlaceholderIsOneTheRendererKnows() throws IOException {
        for (Map.Entry<String, byte[]> template : TemplateFactory.templates().entrySet()) {
            Set<String> asked = new TreeSet<>();
            Matcher matcher = PLACEHOLDER.matcher(parts(template.getValue()).get("word/document.xml"));
            while (matcher.find()) {
                asked.add(matcher.group(1));
            }
            assertThat(asked).as(template.getKey()).isNotEmpty().isSubsetOf(TemplateLibrary.PLACEHOLDERS);
        }
    }

    static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
