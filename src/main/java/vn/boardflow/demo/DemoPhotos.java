package vn.boardflow.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The photos the demo's people send from their phones: a few lines of text on paper, different for each seed. */
final class DemoPhotos {

    private DemoPhotos() {
    }

    /** A small photo of a page of the ward's records, a voucher or an invoice. */
    static byte[] page(int seed) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        canvas.setColor(new Color(245, 240, 225));
        canvas.fillRect(0, 0, 320, 240);
        canvas.setColor(new Color(60, 90, 150 - seed * 7 % 100));
        for (int line = 0; line < 8; line++) {
            canvas.fillRect(24, 30 + line * 24, 200 + (line * 37 + seed * 13) % 70, 6);
        }
        canvas.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
