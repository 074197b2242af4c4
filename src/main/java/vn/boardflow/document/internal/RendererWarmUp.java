package vn.boardflow.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentType;

/**
 * docx4j builds its XML bindings on first use, which takes seconds. Loading and saving a template once the
 * application is ready, off the request threads, spares the first clerk who issues a document that wait.
 */
@Component
class RendererWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RendererWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().daemon().name("docx4j-warm-up").start(() -> {
            try {
                WordprocessingMLPackage.load(new ByteArrayInputStream(TemplateLibrary.shipped(DocumentType.KE_HOACH)))
                        .save(new ByteArrayOutputStream());
            } catch (Docx4JException | RuntimeException e) {
                LOG.warn("docx4j warm-up failed; the first document will take longer", e);
            }
        });
    }
}
