package org.redress.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract command line, for scanned pages and images. Each call runs one process with
 * OMP_THREAD_LIMIT=1: two workers each running Tesseract's own threads fight over two cores
 * and go about four times slower (see shared notes).
 */
public final class Tesseract {
    /** The one command that adds OCR on Debian, told to people whose machine lacks it (pdftoppm renders JPEG 2000 scans). */
    public static final String INSTALL_COMMAND =
            "sudo apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa poppler-utils";

    private final String executable;
    private final String languages;
    private final long timeoutSeconds;

    private Tesseract(String executable, String languages, long timeoutSeconds) {
        this.executable = executable;
        this.languages = languages;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Tesseract with English and Spanish where installed, or empty when it is not on this machine. */
    public static java.util.Optional<Tesseract> find() {
        String exe = System.getenv().getOrDefault("REDRESS_TESSERACT", "tesseract");
        try {
            Process p = new ProcessBuilder(exe, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) return java.util.Optional.empty();
            List<String> installed =
                    Arrays.stream(out.split("\\R")).map(String::trim).toList();
            List<String> wanted = new ArrayList<>();
            if (installed.contains("eng")) wanted.add("eng");
            if (installed.contains("spa")) wanted.add("spa");
            if (wanted.isEmpty()) return java.util.Optional.empty();
            return java.util.Optional.of(new Tesseract(exe, String.join("+", wanted), 300));
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    public String languages() {
        return languages;
    }

    /** A word Tesseract read, with its box in the image's pixels and the line it belongs to. */
    public record Word(String text, int left, int top, int width, int height, String line) {}

    /** The words of a one-page image with their boxes (Tesseract's TSV output), in reading order. */
    public List<Word> words(Path image) throws IOException {
        String tsv = new String(run(image, "tsv"), StandardCharsets.UTF_8);
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\\R")) {
            String[] f = row.split("\t", -1);
            // level page block paragraph line word left top width height confidence text
            if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) continue;
            words.add(new Word(
                    f[11].strip(),
                    Integer.parseInt(f[6]),
                    Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]),
                    f[1] + "." + f[2] + "." + f[3] + "." + f[4]));
        }
        return words;
    }

    /** The text of each page of an image file (a multi-page TIFF gives several). */
    public List<String> read(Path image) throws IOException {
        byte[] out = run(image);
        // Tesseract ends each page with a form feed.
        String text = new String(out, StandardCharsets.UTF_8);
        List<String> pages = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
        while (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) pages.remove(pages.size() - 1);
        return pages;
    }

    private byte[] run(Path image, String... configs) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(executable, image.toString(), "stdout", "-l", languages, "--psm", "3"));
        command.addAll(Arrays.asList(configs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] out;
        try (var in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("OCR timed out after " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("OCR interrupted", e);
        }
        if (p.exitValue() != 0)
            throw new IOException("Tesseract could not read the image (exit code " + p.exitValue() + ")");
        return out;
    }
}
