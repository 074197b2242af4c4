package vn.boardflow.inspection.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import vn.boardflow.bench.Latencies;
import vn.boardflow.bench.Workers;
import vn.boardflow.inspection.EvidenceSamples;
import vn.boardflow.shared.EvidenceFiles;

/**
 * What a phone photo costs the server: a 12-megapixel JPEG (4032 × 3024, textured like a photo) checked,
 * turned upright, shrunk to 1600 px and re-encoded, as an inspector's upload is. Latency on one thread,
 * photos per second on one and two threads, and the sizes in and out. Writes {@code target/bench/evidence.json}.
 */
public final class EvidenceBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    static final int MEASURED = Integer.getInteger("bench.photos", 40);

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] photo = EvidenceSamples.encoded(texture(4032, 3024), "jpg");
        byte[] stored = EvidenceFiles.accept("IMG_0001.JPG", photo).content();
        Latencies latencies = Latencies.of(WARM_UP, MEASURED, () -> EvidenceFiles.accept("IMG_0001.JPG", photo));
        double oneThread = Workers.perSecond(1, MEASURED / 2, worker -> { },
                worker -> EvidenceFiles.accept("IMG_0001.JPG", photo));
        double twoThreads = Workers.perSecond(2, MEASURED / 4, worker -> { },
                worker -> EvidenceFiles.accept("IMG_0001.JPG", photo));
        String figures = String.format(Locale.ROOT, """
                {"photo": "4032x3024 JPEG", "inKb": %d, "outKb": %d, "p50Ms": %.1f, "p95Ms": %.1f, \
                "photosPerSecond1Thread": %.2f, "photosPerSecond2Threads": %.2f, "cpus": %d}
                """, photo.length / 1024, stored.length / 1024, latencies.p50Ms(), latencies.p95Ms(), oneThread,
                twoThreads, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "shrink a 12 MP photo (%d KB → %d KB): p50 %.1f ms, p95 %.1f ms; %.2f photos/s on"
                        + " 1 thread, %.2f on 2 threads%n", photo.length / 1024, stored.length / 1024,
                latencies.p50Ms(), latencies.p95Ms(), oneThread, twoThreads);
        Path out = Path.of("target", "bench", "evidence.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        System.out.println("written to " + out);
    }

    /** Noise and shapes, so the JPEG is as large and as costly to decode as a real photo, not a flat picture. */
    private static BufferedImage texture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int shade = (x / 7 + y / 5) % 200 + random.nextInt(40);
                image.setRGB(x, y, new Color(shade, (shade * 3) % 255, (shade + x) % 255).getRGB());
            }
        }
        Graphics2D graphics = image.createGraphics();
        for (int i = 0; i < 200; i++) {
            graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
            graphics.fillOval(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(400),
                    50 + random.nextInt(400));
        }
        graphics.dispose();
        return image;
    }
}
