package org.redress.app.web.witness;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.redress.application.casemodel.WitnessFormException;
import org.redress.application.casemodel.WitnessIntake;

/**
 * The files a witness attaches: at most {@value #MAX_FILES}, {@value #MAX_FILE_MB} MB each and {@value #MAX_TOTAL_MB}
 * MB together (a phone's photos and a few minutes of video). Jetty enforces the sizes while it reads the body, into the
 * case's work folder (in memory for an encrypted case); each file is then written under a name made safe and handed to
 * ingest, and the folder is removed once ingest has stored the originals.
 */
public final class Uploads implements AutoCloseable {
    public static final int MAX_FILES = 10;
    public static final long MAX_FILE_MB = 100;
    public static final long MAX_TOTAL_MB = 250;
    private static final int MAX_NAME = 120;

    private final Path dir;
    private final List<WitnessIntake.Upload> files;

    private Uploads(Path dir, List<WitnessIntake.Upload> files) {
        this.dir = dir;
        this.files = files;
    }

    /** The limits and the folder Jetty reads a multipart body into. */
    public static void configure(MultipartConfig config, Path cacheDirectory) {
        config.cacheDirectory(cacheDirectory.toString());
        config.maxFileSize(MAX_FILE_MB, SizeUnit.MB);
        config.maxTotalRequestSize(MAX_TOTAL_MB + 1, SizeUnit.MB); // the form's words besides the files
        config.maxInMemoryFileSize(1, SizeUnit.MB);
    }

    /** Whether {@code e} is Jetty refusing a body over the limits (it says so in its message only). */
    public static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof IllegalStateException
                    && m != null
                    && (m.startsWith("max file size exceeded") || m.startsWith("max length exceeded"))) return true;
        }
        return false;
    }

    /** The files sent (a file input left empty sends a part without a name: not a file), written under {@code work}. */
    static Uploads save(List<UploadedFile> sent, Path work) throws IOException {
        List<UploadedFile> real = sent.stream()
                .filter(f -> f.filename() != null && !f.filename().isBlank())
                .toList();
        if (real.size() > MAX_FILES)
            throw new WitnessFormException("tooMany", "at most " + MAX_FILES + " files can be attached at once");
        Path dir = Files.createDirectories(work.resolve("witness-" + UUID.randomUUID()));
        List<WitnessIntake.Upload> files = new ArrayList<>();
        Uploads batch = new Uploads(dir, files);
        try {
            int n = 0;
            for (UploadedFile f : real) {
                String name = safeName(f.filename());
                // each file in a folder of its own, so that two photos both called image.jpg stay two files
                Path file = Files.createDirectories(dir.resolve(Integer.toString(++n)))
                        .resolve(name);
                try (InputStream in = f.content()) {
                    Files.copy(in, file);
                }
                files.add(new WitnessIntake.Upload(file, name));
            }
            return batch;
        } catch (IOException | RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    List<WitnessIntake.Upload> files() {
        return files;
    }

    /**
     * A name as a phone or a hostile client sent it, made a plain file name: no folders ({@code ../}, {@code C:\}),
     * no control or shell characters, no leading dot, at most {@value #MAX_NAME} characters with its extension kept.
     */
    static String safeName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()+,-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[ .]+", "")
                .strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name.isEmpty() || name.chars().allMatch(ch -> ch == '_') ? "attachment" : name;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
