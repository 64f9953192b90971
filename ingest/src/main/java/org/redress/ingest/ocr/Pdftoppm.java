package org.redress.ingest.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's pdftoppm, for the PDF pages PDFBox cannot draw, chiefly JPEG 2000 scans: the only
 * ImageIO reader of JPEG 2000 has a licence the AGPL cannot take, while Debian's Poppler decodes
 * them with OpenJPEG.
 */
public final class Pdftoppm {
    /** The one command that adds it on Debian, told to people whose machine lacks it. */
    public static final String INSTALL_COMMAND = "sudo apt-get install -y poppler-utils";

    private static final long TIMEOUT_SECONDS = 120;
    private final String executable;

    private Pdftoppm(String executable) {
        this.executable = executable;
    }

    /** pdftoppm from REDRESS_PDFTOPPM or the PATH, or empty when it is not on this machine. */
    public static Optional<Pdftoppm> find() {
        return at(System.getenv().getOrDefault("REDRESS_PDFTOPPM", "pdftoppm"));
    }

    /** pdftoppm at {@code executable}, or empty when nothing runs there. */
    public static Optional<Pdftoppm> at(String executable) {
        try {
            Process p = new ProcessBuilder(executable, "-v")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            return Optional.of(new Pdftoppm(executable));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Writes page {@code number} (from 1) of {@code pdf} in grey at {@code dpi} to {@code out}, a PGM
     * file. Returns the last error Poppler printed while drawing it (it still writes the page when an
     * image in it is broken), or null; throws when it wrote no page.
     */
    String render(Path pdf, int number, float dpi, Path out) throws IOException {
        String name = out.getFileName().toString();
        Path prefix = out.resolveSibling(name.substring(0, name.lastIndexOf('.'))); // pdftoppm adds ".pgm"
        String page = Integer.toString(number);
        Process p = new ProcessBuilder(
                        executable,
                        "-f",
                        page,
                        "-l",
                        page,
                        "-r",
                        Float.toString(dpi),
                        "-gray",
                        "-singlefile",
                        pdf.toAbsolutePath().toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        LastLines said = new LastLines(p.getInputStream(), 20, 200, "pdftoppm-output");
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("pdftoppm timed out after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("rendering interrupted", e);
        }
        String lastError = null;
        for (String line : said.awaitEnd(2000)) if (line.contains("Error")) lastError = line;
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new IOException(
                    "pdftoppm failed (exit code " + p.exitValue() + (lastError == null ? "" : ": " + lastError) + ")");
        }
        return lastError;
    }
}
