package vn.boardflow.document.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.document.DocumentIssued;

/**
 * Writes an issued document's Word file in a transaction of its own: after the issuing transaction
 * committed, or later (again by the event registry, or on demand at a download) when that first attempt
 * failed. The document is issued either way; only its file waits.
 */
@Component
class DocumentRendering {

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
     * Once the issuing transaction committed, before the clerk's screen shows the document: a failure leaves
     * the document issued and unrendered, for the registry to try again and for the next download to render.
     */
    @TransactionalEventListener
    void on(DocumentIssued issued) {
        render(issued.documentId());
    }

    void render(long documentId) {
        separately.executeWithoutResult(status -> documents.findById(documentId).ifPresent(document -> {
            if (!document.isRendered()) {
                var content = ContentJson.read(document.contentJson());
                byte[] template = templates.template(content.type(), document.templateVersion());
                document.attach(renderer.render(template, content), clock.instant());
            }
        }));
    }
}
