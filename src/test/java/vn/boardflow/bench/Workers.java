package vn.boardflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Concurrent workers for the benchmarks: each prepares its thread, then repeats the work; the figure is operations per second. */
public final class Workers {

    private Workers() {
    }

    /**
     * Runs {@code work} {@code each} times on each of {@code threads} threads, after {@code prepareThread}
     * (e.g. signing a user in); both get the worker's index. Returns operations per second over the whole run.
     */
    public static double perSecond(int threads, int each, IntConsumer prepareThread, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                workers.add(pool.submit(() -> {
                    prepareThread.accept(worker);
                    for (int i = 0; i < each; i++) {
                        work.accept(worker);
                    }
                }));
            }
            for (Future<?> future : workers) {
                future.get();
            }
            return threads * (double) each / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
