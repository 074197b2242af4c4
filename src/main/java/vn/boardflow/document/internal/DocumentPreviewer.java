package vn.boardflow.document.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boardflow.document.DocumentIssuance.IssueDocument;
import vn.boardflow.document.DocumentPreviews;
import vn.boardflow.document.IssuingBodyView;
import vn.boardflow.org.AccessPolicy;

@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class DocumentPreviewer implements DocumentPreviews {

    private final IssuingBodyRepository bodies;
    private final DraftFormatCheck formatCheck;
    private final AccessPolicy access;
    private final WordAsHtml html;

    DocumentPreviewer(IssuingBodyRepository bodies, DraftFormatCheck formatCheck, AccessPolicy access, WordAsHtml html) {
        this.bodies = bodies;
        this.formatCheck = formatCheck;
        this.access = access;
        this.html = html;
    }

    @Override
    public Preview preview(IssueDocument draft) {
        IssuingBodyView body = bodies.view(draft.heading().issuingBodyId());
        access.requireActsIn(body.unitId());
        return formatCheck.preview(IssuanceDraft.of(body, draft).content());
    }

    @Override
    public String asHtml(byte[] docx) {
        return html.of(docx);
    }
}
