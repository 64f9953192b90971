package org.redress.app.web.witness;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.redress.application.casemodel.WitnessFormException;
import org.redress.application.casemodel.WitnessIntake;

/**
 * The files a witness attaches: at most {@value #MAX_FILES}, {@value #MAX_FILE_MB} MB each and {@value #MAX_TOTAL_MB}
 * MB together (a phone's photos and a few minutes of video). Jetty reads the body into the case's work folder (in
 * memory for an encrypted case) under the server's upload limit; the form's own limits are checked here; each file is then written under a name made safe and handed to
 * ingest, and the folder is removed once ingest has stored the originals.
 */
public final class Uploads implements AutoCloseable {
    public static final int MAX_FILES = 10;
    public static final long MAX_FILE_MB = 100;
    public static final long MAX_TOTAL_MB = 250;
    private static final long MB = 1024 * 1024;

    private final Path dir;
    private final List<WitnessIntake.Upload> files;

    private Uploads(Path dir, List<WitnessIntake.Upload> files) {
        this.dir = dir;
        this.files = files;
    }

    /** A witness's upload over the form's limits. */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the witness form takes up to " + MAX_TOTAL_MB + " MB at once");
        }
    }

    /**
     * A before-filter for the form: the server's multipart limit is the production upload's, so the form's own total
     * is checked here, before anything of the body is read; each file's size is checked as it is saved.
     */
    public static void refuseTooLarge(Context ctx) {
        if (!HandlerType.POST.equals(ctx.method())) return;
        if (ctx.contentLength() > (MAX_TOTAL_MB + 1) * MB) throw new TooLarge(); // + 1: the form's words
    }

    /** Whether {@code e} is Jetty refusing a body over the limits (it says so in its message only). */
    public static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) return true;
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
                if (f.size() > MAX_FILE_MB * MB) throw new TooLarge();
                String name = org.redress.app.web.UploadNames.of(f.filename(), "attachment");
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

    @Override
    public void close() throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
