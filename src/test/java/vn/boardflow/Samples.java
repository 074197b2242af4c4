package vn.boardflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rendered documents and diagrams are kept under {@code target/samples/} so a person can open them (and CI converts them to PDF). */
public final class Samples {

    public static final Path FOLDER = Path.of("target", "samples");

    private Samples() {
    }

    public static Path write(String fileName, byte[] docx) {
        try {
            Files.createDirectories(FOLDER);
            return Files.write(FOLDER.resolve(fileName), docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
