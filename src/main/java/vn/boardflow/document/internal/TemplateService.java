package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.TextUtils;
import org.docx4j.model.datastorage.migration.VariablePrepare;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentEvents.TemplateUploaded;
import vn.boardflow.document.DocumentTemplates;
import vn.boardflow.document.DocumentType;
import vn.boardflow.org.CurrentUser;
import vn.boardflow.shared.RuleViolation;
import vn.boardflow.shared.Sha256;

@Service
@Transactional
class TemplateService implements DocumentTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private final DocumentTemplateRepository uploads;
    private final TemplateLibrary library;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateService(DocumentTemplateRepository uploads, TemplateLibrary library, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.uploads = uploads;
        this.library = library;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
    public List<TemplateVersion> versions(DocumentType type) {
        String active = library.activeVersion(type);
        List<TemplateVersion> versions = new ArrayList<>();
        uploads.findByTypeOrderByVersionDesc(type).forEach(upload -> versions.add(upload.view(upload.versionLabel()
                .equals(active))));
        String shipped = TemplateLibrary.shippedVersion(type);
        versions.add(new TemplateVersion(type, shipped, 0, TemplateLibrary.fileName(type),
                Sha256.hex(TemplateLibrary.shipped(type)), null, null, shipped.equals(active)));
        return versions;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public TemplateVersion upload(DocumentType type, String fileName, byte[] bytes) {
        if (type == null) {
            throw new RuleViolation("template.error.typeRequired");
        }
        TemplateCheck.unpack(bytes, MAX_UPLOAD_BYTES);
        checkPlaceholders(bytes);
        int version = uploads.findFirstByTypeOrderByVersionDesc(type).map(DocumentTemplate::version).orElse(0) + 1;
        String name = fileName == null || fileName.isBlank() ? TemplateLibrary.fileName(type) : fileName.strip();
        DocumentTemplate saved = uploads.saveAndFlush(new DocumentTemplate(type, version, name, bytes, clock.instant(),
                currentUser.actor().username()));
        events.publishEvent(new TemplateUploaded(saved.id(), type, version, name));
        return saved.view(true);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'CLERK')")
    public byte[] file(DocumentType type, String version) {
        return library.template(type, version);
    }

    /** Only placeholders the renderer fills, and the body's, without which nothing of the content would show. */
    private static void checkPlaceholders(byte[] bytes) {
        String text;
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
            VariablePrepare.prepare(word);
            text = TextUtils.getText(word.getMainDocumentPart().getJaxbElement());
        } catch (Exception unreadable) {
            throw new RuleViolation("docx.error.notDocx");
        }
        Set<String> used = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(TemplateLibrary.PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("template.error.unknownPlaceholder", String.join(", ", unknown));
        }
        if (!used.contains("body")) {
            throw new RuleViolation("template.error.bodyMissing");
        }
    }
}
