package vn.boardflow.drafting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import vn.boardflow.document.DocumentAttachments.AttachedFile;
import vn.boardflow.document.DocumentAttachments;
import vn.boardflow.drafting.DocumentDrafts.DraftView;
import vn.boardflow.drafting.DraftAction;
import vn.boardflow.drafting.DraftFiles;
import vn.boardflow.shared.ui.Actions;
import vn.boardflow.shared.ui.ConfirmDialogs;
import vn.boardflow.shared.ui.Downloads;
import vn.boardflow.shared.ui.FileList;
import vn.boardflow.shared.ui.Messages;
import vn.boardflow.shared.ui.Uploads;

/**
 * The annexes a draft carries as Word or PDF files: downloaded by whoever reads the draft, added and removed by
 * its drafters while it is being written.
 */
class DraftFilesPanel extends Div {

    private final DraftFiles files;
    private final DraftView draft;
    private final boolean changeable;
    private final Div list = new Div();

    DraftFilesPanel(DraftFiles files, DraftView draft) {
        this.files = files;
        this.draft = draft;
        this.changeable = draft.may(DraftAction.EDIT) && draft.status().beingWritten();
        add(new H4(Messages.text("draft.files.title")), list);
        show();
        if (changeable) {
            Upload upload = Uploads.inMemory(DocumentAttachments.MAX_BYTES, Messages.text("draft.files.rejected"),
                    (fileName, bytes) -> {
                        if (Actions.run(() -> files.attach(draft.id(), fileName, bytes), "draft.files.attached")) {
                            show();
                        }
                    });
            upload.setAcceptedFileTypes("application/pdf", ".pdf", ".docx");
            add(new Span(Messages.text("draft.files.helper")), upload);
        }
    }

    private void show() {
        list.removeAll();
        list.add(FileList.of(files.of(draft.id()).stream().map(file -> new FileList.Entry(file.fileName(),
                file.sizeBytes(), () -> {
                    AttachedFile downloaded = files.download(file.id());
                    return new Downloads.File(downloaded.fileName(), downloaded.contentType(), downloaded.bytes());
                }, changeable ? () -> ConfirmDialogs.confirm(Messages.text("draft.files.remove"),
                        Messages.text("draft.files.remove.confirm", file.fileName()), Messages.text("draft.files.remove"),
                        () -> {
                            if (Actions.run(() -> files.remove(file.id()), "draft.files.removed")) {
                                show();
                            }
                        }) : null)).toList(), Messages.text("draft.files.none")));
    }
}
