package vn.boardflow.document.ui;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.boardflow.document.DistributionLists;
import vn.boardflow.document.DocumentIssuance;
import vn.boardflow.document.IssuedDocumentView;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.Organisation;

/** Opens the issue dialog from the document lists and from a document that a new one amends. */
@Component
class IssueDialogs {

    private final DocumentIssuance issuance;
    private final DistributionLists lists;
    private final Organisation organisation;
    private final Clock clock;

    IssueDialogs(DocumentIssuance issuance, DistributionLists lists, Organisation organisation, Clock clock) {
        this.issuance = issuance;
        this.lists = lists;
        this.organisation = organisation;
        this.clock = clock;
    }

    void issue(IssuingBodyView body) {
        open(body, null);
    }

    /** A document that amends, replaces or corrects {@code original}, sent by default to the same recipients. */
    void amend(IssuingBodyView body, IssuedDocumentView original) {
        open(body, original);
    }

    private void open(IssuingBodyView body, IssuedDocumentView original) {
        new IssueDocumentDialog(issuance, lists, body, organisation.today(), LocalDate.now(clock), original).open();
    }
}
