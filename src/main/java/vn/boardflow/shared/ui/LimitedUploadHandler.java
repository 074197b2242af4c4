package vn.boardflow.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an uploaded file into memory, but never past its limit: a file that says it is larger is refused
 * before a byte is read, and one that does not say (or says less than it sends) is cut off one byte over
 * the limit. Without this a 60 MB file sent past the browser's check would sit whole in the server's
 * memory before being refused.
 */
final class LimitedUploadHandler implements UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LimitedUploadHandler.class);

    private final int maxBytes;
    private final String rejectedMessage;
    private final Uploads.Received received;

    LimitedUploadHandler(int maxBytes, String rejectedMessage, Uploads.Received received) {
        this.maxBytes = maxBytes;
        this.rejectedMessage = rejectedMessage;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] bytes;
        try (InputStream stream = event.getInputStream()) {
            bytes = stream.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event);
            return;
        }
        event.getUI().access(() -> received.accept(event.getFileName(), bytes));
    }

    private void refuse(UploadEvent event) {
        LOG.warn("Upload of {} refused: larger than {} bytes (declared {})", event.getFileName(), maxBytes,
                event.getFileSize());
        event.reject(rejectedMessage);
        event.getUI().access(() -> Notifications.error(rejectedMessage));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
