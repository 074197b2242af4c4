package vn.boardflow.document.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import vn.boardflow.document.DocumentAttachments.AttachedFile;
import vn.boardflow.document.DocumentAttachments.AttachmentView;
import vn.boardflow.document.DocumentAttachments.Kind;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FileList;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Uploads;

/**
 * The files kept with an issued document, for whoever reads it: its annexes and the signed copy; the body's clerk
 * attaches the signed copy, scanned to PDF, here.
 */
class DocumentFilesPanel extends Div {

    private final DocumentAttachments attachments;
    private final long documentId;
    private final Div list = new Div();

    DocumentFilesPanel(DocumentAttachments attachments, long documentId, boolean clerk) {
        this.attachments = attachments;
        this.documentId = documentId;
        add(new H3(Messages.text("document.files.title")), list);
        show();
        if (clerk) {
            Upload upload = Uploads.inMemory(DocumentAttachments.MAX_BYTES, Messages.text("document.files.rejected"),
                    (fileName, bytes) -> {
                        if (Actions.run(() -> attachments.attachSignedCopy(documentId, fileName, bytes),
                                "document.files.signedCopyAttached")) {
                            show();
                        }
                    });
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            add(new Span(Messages.text("document.files.signedCopy.helper")), upload);
        }
    }

    private void show() {
        list.removeAll();
        List<AttachmentView> files = attachments.of(documentId);
        list.add(FileList.of(files.stream().map(file -> new FileList.Entry(label(file), file.sizeBytes(), () -> {
            AttachedFile downloaded = attachments.download(file.id());
            return new Downloads.File(downloaded.fileName(), downloaded.contentType(), downloaded.bytes());
        }, null)).toList(), Messages.text("document.files.none")));
    }

    private static String label(AttachmentView file) {
        return Messages.text(file.kind() == Kind.SIGNED_COPY ? "document.files.signedCopy" : "document.files.annex",
                file.fileName());
    }
}
