package vn.boardflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.boardflow.TestDatabase;

/**
 * A JVM issuing numbers in a loop is killed with SIGKILL; after a restart the register is consistent:
 * the numbers run from 01 without a gap, the counter stands at the last of them, and the next number
 * follows it.
 */
class RegisterCrashTest {

    static final Path H2_FILE = Path.of("target", "crash-test", "boardflow");
    static final int ISSUED_BEFORE_KILL = 40;

    @Test
    void aKilledIssuerLeavesAConsistentRegister() throws Exception {
        FileSystemUtils.deleteRecursively(H2_FILE.getParent());
        Process issuer = start("issue");
        long bodyId;
        String clerk;
        int issuedBeforeKill = 0;
        try (BufferedReader output = reader(issuer)) {
            String[] body = awaitLine(output, "BODY ").split(" ");
            bodyId = Long.parseLong(body[1]);
            clerk = body[2];
            while (issuedBeforeKill < ISSUED_BEFORE_KILL) {
                awaitLine(output, "ISSUED ");
                issuedBeforeKill++;
            }
            issuer.destroyForcibly();
            assertThat(issuer.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        List<Integer> numbers = new ArrayList<>();
        int counter;
        try (Connection db = connect()) {
            try (PreparedStatement query = db.prepareStatement(
                    "select doc_number from register_entry where issuing_body_id = ? order by doc_number")) {
                query.setLong(1, bodyId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        numbers.add(rows.getInt(1));
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement(
                    "select last_number from numbering_counter where issuing_body_id = ?")) {
                query.setLong(1, bodyId);
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    counter = rows.getInt(1);
                }
            }
        }
        assertThat(numbers.size()).isGreaterThanOrEqualTo(ISSUED_BEFORE_KILL);
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(counter).isEqualTo(numbers.size());

        Process restarted = start("once", String.valueOf(bodyId), clerk);
        try (BufferedReader output = reader(restarted)) {
            assertThat(awaitLine(output, "ISSUED ")).isEqualTo("ISSUED " + (numbers.size() + 1));
        }
        assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restarted.exitValue()).isZero();
    }

    private static Process start(String... modeAndArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashingIssuer.class.getName()));
        command.addAll(List.of(modeAndArguments));
        command.add("--spring.profiles.active=" + String.join(",", new TestDatabase().resolve(RegisterCrashTest.class)));
        command.add("--boardflow.demo-data=true");
        command.add("--logging.level.root=warn");
        command.add("--server.port=0");
        if (!TestDatabase.isPostgres()) {
            command.add("--spring.datasource.url=jdbc:h2:file:" + H2_FILE.toAbsolutePath() + ";LOCK_TIMEOUT=30000;WRITE_DELAY=0");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the process's output until a line with the prefix; the log before it is kept for a failure. */
    private static String awaitLine(BufferedReader output, String prefix) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the process ended before printing " + prefix + ":\n" + seen);
    }

    private static Connection connect() throws SQLException {
        if (TestDatabase.isPostgres()) {
            String url = "jdbc:postgresql://" + env("DB_HOST", "localhost") + ":" + env("DB_PORT", "5432") + "/"
                    + env("DB_NAME", "boardflow");
            return DriverManager.getConnection(url, env("DB_USER", "boardflow"), env("DB_PASSWORD", "boardflow"));
        }
        return DriverManager.getConnection("jdbc:h2:file:" + H2_FILE.toAbsolutePath(), "sa", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
