package vn.boardflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.boardflow.inspection.EvidenceSamples;

/** Evidence is recognised by its bytes; photos come out upright, small and as JPEG. */
class EvidenceFilesTest {

    @Test
    void aLargePhotoIsShrunkToItsLongerSideAndStoredAsJpeg() throws IOException {
        byte[] photo = EvidenceSamples.encoded(EvidenceSamples.halves(4000, 3000), "jpg");
        EvidenceFiles.Accepted accepted = EvidenceFiles.accept("IMG_0001.JPG", photo);
        BufferedImage stored = read(accepted.content());
        assertThat(accepted.contentType()).isEqualTo("image/jpeg");
        assertThat(accepted.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(stored.getWidth()).isEqualTo(EvidenceFiles.MAX_SIDE);
        assertThat(stored.getHeight()).isEqualTo(1200);
        assertThat(accepted.content().length).isLessThan(photo.length);
    }

    @Test
    void aTransparentScreenshotBecomesAJpegOnWhite() throws IOException {
        BufferedImage transparent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        EvidenceFiles.Accepted accepted = EvidenceFiles.accept("chup man hinh.png",
                EvidenceSamples.encoded(transparent, "png"));
        assertThat(accepted.fileName()).isEqualTo("chup man hinh.jpg");
        int pixel = read(accepted.content()).getRGB(20, 10) & 0xFFFFFF;
        assertThat(pixel >> 16 & 0xFF).isGreaterThan(240);
    }

    @Test
    void aPhotoTakenUprightIsTurnedAsItsExifSays() throws IOException {
        byte[] sideways = withOrientation(EvidenceSamples.encoded(EvidenceSamples.halves(80, 40), "jpg"), 6);
        assertThat(ExifOrientation.of(sideways)).isEqualTo(6);
        BufferedImage stored = read(EvidenceFiles.accept("doc.jpg", sideways).content());
        assertThat(stored.getWidth()).isEqualTo(40);
        assertThat(stored.getHeight()).isEqualTo(80);
        // Turned a quarter clockwise, the red left half is now on top.
        assertThat(stored.getRGB(20, 10) >> 16 & 0xFF).isGreaterThan(200);
        assertThat(stored.getRGB(20, 70) & 0xFF).isGreaterThan(200);
    }

    @Test
    void pdfWordAndExcelFilesAreKeptAsTheyCame() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertThat(EvidenceFiles.accept("bien ban.pdf", pdf).content()).isEqualTo(pdf);
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(EvidenceFiles.accept("danh sach.xlsx", zip).contentType()).contains("spreadsheetml");
        assertThat(EvidenceFiles.accept("C:\\Users\\a\\bao cao.docx", zip).fileName()).isEqualTo("bao cao.docx");
    }

    @Test
    void otherFilesAreRefusedWithTheirName() {
        assertRefused("virus.exe", new byte[] {'M', 'Z', 0, 0}, "evidence.error.type");
        assertRefused("anh.jpg", "not a picture".getBytes(StandardCharsets.UTF_8), "evidence.error.type");
        assertRefused("zip.zip", new byte[] {'P', 'K', 3, 4}, "evidence.error.type");
        assertRefused("rong.jpg", new byte[0], "evidence.error.empty");
        assertRefused("hong.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3},
                "evidence.error.unreadable");
        byte[] huge = new byte[EvidenceFiles.MAX_UPLOAD_BYTES + 1];
        huge[0] = '%';
        assertRefused("lon.pdf", huge, "evidence.error.tooLarge");
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> EvidenceFiles.accept(name, bytes)).isInstanceOfSatisfying(RuleViolation.class,
                refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.arguments()[0]).isEqualTo(name);
                });
    }

    /** Inserts an APP1 Exif segment (big-endian TIFF, one IFD entry: orientation) after the JPEG's SOI. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0};
        byte[] header = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + header.length + tiff.length;
        byte[] segment = new byte[2 + length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE1;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        System.arraycopy(header, 0, segment, 4, header.length);
        System.arraycopy(tiff, 0, segment, 4 + header.length, tiff.length);
        byte[] result = Arrays.copyOf(jpeg, jpeg.length + segment.length);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        return result;
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
