package vn.boardflow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.boardflow.shared.Translations;

/** The server reads an upload no further than its limit, whatever the browser said about its size. */
class LimitedUploadHandlerTest {

    static final int LIMIT = 2 * 1024 * 1024;

    final List<byte[]> received = new ArrayList<>();
    final LimitedUploadHandler handler = new LimitedUploadHandler(LIMIT, "Tệp lớn quá 2 MB.",
            (fileName, bytes) -> received.add(bytes));
    Upload owner;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.VIETNAMESE);
        owner = Uploads.inMemory(LIMIT, "Tệp lớn quá 2 MB.", (fileName, bytes) -> { });
        UI.getCurrent().add(owner);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aStreamThatDoesNotSayItsSizeIsCutOffOneByteOverTheLimit() throws IOException {
        Endless sixtyMegabytes = new Endless();

        UploadEvent event = event(-1, sixtyMegabytes);
        handler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("Tệp lớn quá 2 MB.");
        assertThat(sixtyMegabytes.read).isEqualTo(LIMIT + 1);
        assertThat(received).isEmpty();
        NotificationsKt.expectNotifications("Tệp lớn quá 2 MB.");
    }

    @Test
    void aFileThatSaysItIsTooLargeIsRefusedBeforeAByteIsRead() throws IOException {
        Endless declared = new Endless();

        UploadEvent event = event(60L * 1024 * 1024, declared);
        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(declared.read).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aFileWithinTheLimitArrivesWhole() throws IOException {
        byte[] file = new byte[LIMIT];

        UploadEvent event = event(-1, new ByteArrayInputStream(file));
        handler.handleUploadRequest(event);
        MockVaadin.clientRoundtrip(false);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
    }

    @Test
    void theUploadSpeaksVietnamese() {
        assertThat(owner.getI18n().getAddFiles().getOne()).isEqualTo("Chọn tệp…");
        assertThat(owner.getI18n().getDropFiles().getOne()).isEqualTo("Kéo thả tệp vào đây");
        assertThat(owner.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn.");
    }

    private UploadEvent event(long declaredSize, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, null, null, "anh.jpg", declaredSize, "image/jpeg", owner.getElement(), null);
    }

    /** A body that never ends, counting what the server read of it. */
    private static final class Endless extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
