package vn.boardflow.document.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.shared.StoredJson;

/**
 * Writes the Word file of an issued document that has none, in a transaction of its own, when it is first
 * downloaded: documents issued before the file was written in the issuing transaction, whose rendering after the
 * commit failed. A document issued now carries its file from the start.
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
