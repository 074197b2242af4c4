package vn.boardflow.document.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.DocumentEvents.DocumentIssued;
import vn.boardflow.shared.StoredJson;

/**
 * Writes an issued document's Word file in a transaction of its own: after the issuing transaction
 * committed, or later on demand when that first attempt failed (the document is already issued either
 * way; only its file waits).
 */
@Component
class DocumentRendering {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentRendering.class);

    private final IssuedDocumentRepository documents;
    private final WordDocumentRenderer renderer;
    private final TemplateLibrary templates;
    private final TransactionTemplate separately;
    private final Clock clock;

    DocumentRendering(IssuedDocumentRepository documents, WordDocumentRenderer renderer, TemplateLibrary templates,
                      PlatformTransactionManager transactions, Clock clock) {
        this.documents = documents;
        this.renderer = renderer;
        this.templates = templates;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Once the issuing transaction committed, before the clerk's screen shows the document. The clerk waits
     * for this, so it is not left to the event registry's retries: a failure leaves the document issued and
     * unrendered, and its first download renders it.
     */
    @TransactionalEventListener
    void on(DocumentIssued issued) {
        try {
            render(issued.documentId());
        } catch (RuntimeException e) {
            LOG.error("Could not render issued document {}; it will be rendered when first downloaded",
                    issued.documentId(), e);
        }
    }

    void render(long documentId) {
        separately.executeWithoutResult(status -> documents.findById(documentId).ifPresent(document -> {
            if (!document.isRendered()) {
                var content = StoredJson.read(document.contentJson(), DocumentContent.class);
                byte[] template = templates.template(content.type(), document.templateVersion());
                document.attach(renderer.render(template, content), clock.instant());
            }
        }));
    }
}
