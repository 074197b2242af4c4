package vn.boardflow.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link whose file is produced on the server when clicked, with the access checks that go with it. */
public final class Downloads {

    public static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    public record File(String fileName, String mimeType, byte[] bytes) {
    }

    public static DownloadHandler handler(Supplier<File> file) {
        return DownloadHandler.fromInputStream(event -> {
            File produced = file.get();
            return new DownloadResponse(new ByteArrayInputStream(produced.bytes()), produced.fileName(),
                    produced.mimeType(), produced.bytes().length);
        });
    }

    public static Anchor link(String text, Supplier<File> file) {
        Anchor link = new Anchor(handler(file), text);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.addClassName("download-link");
        return link;
    }
}
