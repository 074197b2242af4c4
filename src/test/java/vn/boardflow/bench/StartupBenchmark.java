package vn.boardflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up of the packaged application: time from launching the JVM to the login page being served,
 * and resident memory once it is up. Runs {@code java -jar} on the jar as built, then the unpacked jar
 * with an ahead-of-time class cache recorded by a training run (JDK 25+), with the default collector and
 * with the serial one, each on a fresh H2 database.
 * Prints the figures and writes them to {@code target/bench/startup.json}.
 */
public final class StartupBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int PORT = Integer.getInteger("bench.port", 18080);
    static final Path TARGET = Path.of("target");

    record Run(double seconds, long rssMegabytes) {
    }

    record Variant(String name, List<Run> runs) {

        double medianSeconds() {
            List<Double> sorted = runs.stream().map(Run::seconds).sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        long medianRss() {
            List<Long> sorted = runs.stream().map(Run::rssMegabytes).sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = packagedJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Variant> variants = new ArrayList<>();
        variants.add(measure("java -jar (as built)", List.of(java, "-jar", jar.toAbsolutePath().toString()),
                TARGET.resolve("bench/run")));
        if (Runtime.version().feature() >= 25) {
            Path unpacked = unpack(java, jar);
            String app = jar.getFileName().toString();
            train(java, app, unpacked, "boardflow.aot");
            variants.add(measure("unpacked jar + AOT cache", List.of(java, "-XX:AOTCache=boardflow.aot", "-jar", app),
                    unpacked));
            // on two cores the default collector's own threads compete with start-up for the CPU
            train(java, app, unpacked, "serial.aot", "-XX:+UseSerialGC");
            variants.add(measure("unpacked jar + AOT cache + serial GC", List.of(java, "-XX:+UseSerialGC",
                    "-XX:AOTCache=serial.aot", "-jar", app), unpacked));
        }
        report(variants);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("boardflow-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run mvn package -DskipTests first"));
        }
    }

    private static Path unpack(String java, Path jar) throws Exception {
        Path unpacked = TARGET.resolve("bench/unpacked");
        deleteRecursively(unpacked);
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                unpacked.toAbsolutePath().toString()), TARGET.toFile());
        return unpacked;
    }

    /**
     * The cache is recorded by starting the application context once and stopping it, with the flags it
     * will run with.
     */
    private static void train(String java, String app, Path unpacked, String cache, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(flags));
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-Dspring.datasource.url=jdbc:h2:mem:training", "-Dboardflow.demo-data=false", "-jar", app));
        run(command, unpacked.toFile());
    }

    /** Each run starts on an empty database, so it includes loading the demo data, as a first start would. */
    private static Variant measure(String name, List<String> command, Path directory) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            deleteRecursively(directory.resolve("data"));
            Files.createDirectories(directory);
            List<String> withPort = new ArrayList<>(command);
            withPort.add("--server.port=" + PORT);
            ProcessBuilder builder = new ProcessBuilder(withPort).directory(directory.toFile());
            builder.environment().put("BOARDFLOW_DEMO_DATA", "true");
            builder.redirectErrorStream(true).redirectOutput(directory.resolve("app.log").toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                awaitLoginPage(process);
                double seconds = (System.nanoTime() - start) / 1e9;
                Thread.sleep(2000);
                runs.add(new Run(seconds, rssMegabytes(process.pid())));
                System.out.printf(Locale.ROOT, "%-38s run %d: %.2f s%n", name, i + 1, seconds);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        return new Variant(name, runs);
    }

    private static void awaitLoginPage(Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/login")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see app.log under target/bench");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the port answers
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the login page was not served within two minutes");
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static void report(List<Variant> variants) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"cpus\": " + Runtime.getRuntime().availableProcessors()
                + ",\n  \"java\": \"" + Runtime.version() + "\",\n  \"variants\": [\n");
        System.out.println();
        for (Variant variant : variants) {
            System.out.printf(Locale.ROOT, "%-38s median %.2f s to the login page, %d MB resident%n",
                    variant.name(), variant.medianSeconds(), variant.medianRss());
            json.append(String.format(Locale.ROOT,
                    "    {\"name\": \"%s\", \"medianSeconds\": %.2f, \"medianRssMb\": %d, \"runs\": %s},%n",
                    variant.name(), variant.medianSeconds(), variant.medianRss(),
                    variant.runs().stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList()));
        }
        json.setLength(json.length() - 2);
        json.append("\n  ]\n}\n");
        Path out = TARGET.resolve("bench/startup.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println("written to " + out);
    }

    private static void run(List<String> command, java.io.File directory) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
