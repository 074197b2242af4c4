package vn.boardflow.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decides what an uploaded evidence file is by its bytes, never by its name, and keeps photos small: a
 * phone's 4000-pixel photo is turned upright, shrunk to {@value #MAX_SIDE} pixels on its longer side and
 * stored as a JPEG without its metadata (which may carry the place it was taken).
 */
public final class EvidenceFiles {

    /** The largest file taken: a scanned dossier or a phone's photo before it is shrunk. */
    public static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
    /** What an upload offers to pick: photos, PDF, Word and Excel files. */
    public static final List<String> ACCEPTED_TYPES = List.of("image/jpeg", "image/png", ".jpg", ".jpeg", ".png",
            "application/pdf", ".pdf", ".docx", ".xlsx");
    static final int MAX_SIDE = 1600;
    /** Larger pictures are refused before decoding: a small file can unpack to gigabytes of pixels. */
    private static final long MAX_PIXELS = 60_000_000L;
    private static final float JPEG_QUALITY = 0.82f;

    private EvidenceFiles() {
    }

    public record Accepted(String fileName, String contentType, byte[] content) {
    }

    public static Accepted accept(String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("evidence.error.empty", name);
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new RuleViolation("evidence.error.tooLarge", name,
                    MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        FileKind kind = FileKind.of(name, bytes)
                .orElseThrow(() -> new RuleViolation("evidence.error.type", name));
        return switch (kind) {
            case JPEG, PNG -> new Accepted(FileKind.JPEG.named(name), FileKind.JPEG.contentType(), shrunk(name, bytes));
            case PDF -> new Accepted(kind.named(name), kind.contentType(), bytes);
            case DOCX, XLSX -> new Accepted(name, kind.contentType(), bytes);
        };
    }

    private static byte[] shrunk(String name, byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RuleViolation("evidence.error.unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new RuleViolation("evidence.error.unreadable", name);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Reading every n-th pixel of a huge photo keeps memory low; the final scaling smooths it.
                int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return jpeg(upright(scaled(image), ExifOrientation.of(bytes)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("evidence.error.unreadable", name);
        }
    }

    /** Draws onto white, so a transparent screenshot does not turn black as a JPEG. */
    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    /** Phones store the photo as the sensor saw it and say in EXIF how to turn it; the stored JPEG has no EXIF. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        double w = image.getWidth();
        double h = image.getHeight();
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12, for EXIF orientations 2 to 8
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swapped = orientation >= 5;
        BufferedImage result = new BufferedImage(swapped ? image.getHeight() : image.getWidth(),
                swapped ? image.getWidth() : image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.drawImage(image, turn, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Keeps the name a person gave the file, without any folder a browser may send and at a storable length. */
    static String cleanName(String fileName) {
        return FileKind.cleanName(fileName, "minh-chung");
    }
}
