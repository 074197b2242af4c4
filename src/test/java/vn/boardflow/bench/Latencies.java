package vn.boardflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The time one operation takes on one thread, after a warm-up, as the median and the 95th percentile. */
public record Latencies(double p50Ms, double p95Ms) {

    public static Latencies of(int warmUp, int measured, Runnable operation) {
        return of(warmUp, measured, () -> { }, operation);
    }

    /** @param prepare run before each operation and not timed, e.g. a fresh record for the operation to send */
    public static Latencies of(int warmUp, int measured, Runnable prepare, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            prepare.run();
            operation.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            prepare.run();
            long start = System.nanoTime();
            operation.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return new Latencies(times.get(times.size() / 2), times.get((int) (times.size() * 0.95)));
    }
}
