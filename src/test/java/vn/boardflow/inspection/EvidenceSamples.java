package vn.boardflow.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import vn.boardflow.inspection.InspectionEvidence.Attach;

/** Photos as tests need them, and the evidence a fully scored standard checklist must carry. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    /** A picture whose left half is red and right half blue, so a test can tell whether it was turned. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    public static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] smallPhoto() {
        return encoded(halves(64, 48), "png");
    }

    /** Attaches a photo to each criterion of the standard checklist that requires evidence. */
    public static void attachRequired(InspectionEvidence evidence, WardInspectionId wardInspectionId) {
        StandardChecklist.CHECKLIST.criteria().stream().filter(Checklist.Criterion::evidenceRequired)
                .forEach(criterion -> evidence.attach(new Attach(wardInspectionId, criterion.code(), null,
                        "anh-" + criterion.code() + ".png", smallPhoto())));
    }
}
