package vn.boardflow.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(template, plan);
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            renderer.render(template, plan);
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(latencies);
        double p50 = latencies.get(latencies.size() / 2);
        double p95 = latencies.get((int) (latencies.size() * 0.95));
        double oneThread = throughput(renderer, template, plan, 1);
        double twoThreads = throughput(renderer, template, plan, 2);
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

    private static double throughput(WordDocumentRenderer renderer, byte[] template, DocumentContent plan, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int each = MEASURED / threads;
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        renderer.render(template, plan);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return each * threads / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

}
