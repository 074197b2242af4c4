package vn.boardflow.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Uploads that speak the user's language and never hold more than their limit: the browser refuses a
 * file over it, and so does the server, however the file was sent (see {@link LimitedUploadHandler}).
 */
public final class Uploads {

    private Uploads() {
    }

    /** What is done with a file once it has arrived whole and within the limit; runs in the UI. */
    @FunctionalInterface
    public interface Received {
        void accept(String fileName, byte[] bytes);
    }

    /**
     * @param maxBytes        the largest file accepted
     * @param rejectedMessage what the user is told when a file is refused for its size or type
     */
    public static Upload inMemory(int maxBytes, String rejectedMessage, Received received) {
        Upload upload = new Upload();
        // a file taken in leaves the widget's list, so the next one can be chosen at once
        upload.setUploadHandler(new LimitedUploadHandler(maxBytes, rejectedMessage, (fileName, bytes) -> {
            received.accept(fileName, bytes);
            upload.clearFileList();
        }));
        upload.setMaxFileSize(maxBytes);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(rejected -> Notifications.error(rejectedMessage));
        return upload;
    }

    static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(Messages.text("upload.dropFile")).setMany(Messages.text("upload.dropFiles")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(Messages.text("upload.addFile")).setMany(Messages.text("upload.addFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Messages.text("upload.error.tooManyFiles"))
                .setFileIsTooBig(Messages.text("upload.error.fileIsTooBig"))
                .setIncorrectFileType(Messages.text("upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(Messages.text("upload.status.connecting"))
                        .setStalled(Messages.text("upload.status.stalled"))
                        .setProcessing(Messages.text("upload.status.processing"))
                        .setHeld(Messages.text("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Messages.text("upload.remaining.prefix"))
                        .setUnknown(Messages.text("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Messages.text("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(Messages.text("upload.error.unexpectedServerError"))
                        .setForbidden(Messages.text("upload.error.forbidden"))
                        .setFileTooLarge(Messages.text("upload.error.fileIsTooBig"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(Messages.text("upload.file.retry"))
                .setStart(Messages.text("upload.file.start"))
                .setRemove(Messages.text("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
