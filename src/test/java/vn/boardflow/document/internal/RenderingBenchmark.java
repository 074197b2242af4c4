package vn.boardflow.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.boardflow.bench.Latencies;
import vn.boardflow.bench.Workers;
import vn.boardflow.document.DocumentContent;
import vn.boardflow.document.Seed004Plan;

/**
 * Rendering the seed-004 plan: latency percentiles on one thread, and throughput on one and two threads.
 * Prints the figures and writes them to {@code target/bench/rendering.json}.
 */
public final class RenderingBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    static final int MEASURED = Integer.getInteger("bench.documents", 1000);

    private RenderingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WordDocumentRenderer renderer = new WordDocumentRenderer();
        DocumentContent plan = Seed004Plan.content("01/KH-BTC.ĐACN");
        byte[] template = TemplateLibrary.shipped(plan.type());
        Latencies latencies = Latencies.of(WARM_UP, MEASURED, () -> renderer.render(template, plan));
        double p50 = latencies.p50Ms();
        double p95 = latencies.p95Ms();
        double oneThread = Workers.perSecond(1, MEASURED, worker -> { }, worker -> renderer.render(template, plan));
        double twoThreads = Workers.perSecond(2, MEASURED / 2, worker -> { }, worker -> renderer.render(template, plan));
        String figures = String.format(Locale.ROOT, """
                {"document": "seed-004 plan (KH, 5 pages)", "p50Ms": %.2f, "p95Ms": %.2f, \
                "documentsPerSecond1Thread": %.1f, "documentsPerSecond2Threads": %.1f, "cpus": %d}
                """, p50, p95, oneThread, twoThreads, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "render seed-004 plan: p50 %.2f ms, p95 %.2f ms; %.1f documents/s on 1 thread, "
                + "%.1f on 2 threads%n", p50, p95, oneThread, twoThreads);
        Path out = Path.of("target", "bench", "rendering.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);
        System.out.println("written to " + out);
    }
}
