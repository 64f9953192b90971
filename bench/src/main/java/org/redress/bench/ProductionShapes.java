package org.redress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Productions shaped like real ones rather than like the mixed benchmark corpus. {@link #smallText} writes what a
 * FOIA text release looks like (../shared/corpora/foia): thousands of plain-text emails of about 3 KB each, one per
 * file, in a dozen release folders, each with the release's banner, the header block and a short body. Seeded:
 * the same arguments write the same bytes.
 *
 * <pre>
 * java -cp ... org.redress.bench.ProductionShapes --out DIR [--files 3000] [--seed S]
 * </pre>
 */
public final class ProductionShapes {
    private static final String[] RELEASES = {
        "Release_January", "Release_February", "Release_March", "Release_April", "Release_May", "Release_June",
        "Release_July", "Release_August", "Release_September", "Release_October", "Release_November", "Release_December"
    };

    private final Prose prose;

    public ProductionShapes(long seed) {
        this.prose = new Prose(seed);
    }

    /** {@code files} small plain-text emails (log-normal sizes around 3 KB: 0.5 to 12 KB) under {@code out}. */
    public CorpusGenerator.Corpus smallText(Path out, int files) throws IOException {
        List<Path> written = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(out.resolve(RELEASES[i % RELEASES.length]));
            String doc = String.format(Locale.ROOT, "C%08d", 5_700_000 + i * 7);
            Path file = dir.resolve(doc + ".txt");
            byte[] text = email(doc).getBytes(StandardCharsets.UTF_8);
            Files.write(file, text);
            written.add(file);
            bytes += text.length;
        }
        return new CorpusGenerator.Corpus(out, written, files, bytes, Map.of("txt", files));
    }

    private String email(String doc) {
        var r = prose.random();
        String date = prose.date().toString();
        String banner = "     UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. " + doc + " Date: "
                + date + "\n";
        StringBuilder b = new StringBuilder(4096);
        b.append(banner).append("\n\n\n\n");
        b.append(" ".repeat(92)).append(r.nextInt(5) == 0 ? "RELEASE IN PART\nB6\n" : "RELEASE IN FULL\n");
        b.append("\n\n\n");
        header(b, "From:", prose.name() + " <" + mailbox() + ">");
        header(b, "Sent:", date + " " + (1 + r.nextInt(12)) + ":" + (10 + r.nextInt(50)) + " PM");
        header(b, "To:", "'" + mailbox() + "'");
        if (r.nextBoolean()) header(b, "Cc:", "'" + mailbox() + "'; '" + mailbox() + "'");
        header(b, "Subject:", "Re: " + prose.text(3 + r.nextInt(5), false).replace(".", ""));
        b.append("\n\n\n");
        // Body sizes spread like the sample's: most short, a few long threads.
        double g = r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5; // roughly normal, sd 0.5
        int words = (int) Math.max(40, Math.min(1800, 330 * Math.exp(g * 1.1)));
        String body = prose.text(words, prose.spanish());
        int col = 0;
        for (String w : body.split(" ")) { // wrapped at 120 columns, as the released text is
            if (col + w.length() > 118) {
                b.append('\n');
                col = 0;
            }
            b.append(w).append(' ');
            col += w.length() + 1;
        }
        b.append("\n\n\n\n\n").append(banner);
        return b.toString();
    }

    private void header(StringBuilder b, String name, String value) {
        b.append(name)
                .append(" ".repeat(Math.max(1, 33 - name.length())))
                .append(value)
                .append('\n');
    }

    private String mailbox() {
        String n = prose.name().toLowerCase(Locale.ROOT);
        return n.substring(n.indexOf(' ') + 1).replaceAll("[^a-z]", "") + n.charAt(0) + "@" + prose.domain();
    }

    public static void main(String[] args) throws IOException {
        BenchArgs a = new BenchArgs(args, java.util.Set.of("--out", "--files", "--seed"));
        CorpusGenerator.Corpus c = new ProductionShapes(a.number("--seed", 20261202L))
                .smallText(a.path("--out", "bench/target/production-small"), a.integer("--files", 3000));
        System.out.println(c.describe());
    }
}
