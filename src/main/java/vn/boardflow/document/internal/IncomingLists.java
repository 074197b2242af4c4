package vn.boardflow.document.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DocumentEvents.DocumentIssued;

/** Puts an issued document on the incoming list of every unit it was sent to, as it is issued. */
@Component
class IncomingLists {

    private final IncomingDocumentRepository incoming;
    private final Clock clock;

    IncomingLists(IncomingDocumentRepository incoming, Clock clock) {
        this.incoming = incoming;
        this.clock = clock;
    }

    @EventListener
    void on(DocumentIssued issued) {
        issued.recipientUnits().forEach(unitId ->
                incoming.save(new IncomingDocument(issued.documentId(), unitId, clock.instant())));
    }
}
