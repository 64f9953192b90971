package org.redress.analysis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The exemption marks of a real FOIA production (State Department case F-2014-20439, ../shared/corpora/foia): each
 * document's banner says how it was released and, when in part, lists every exemption used in it. The banner is the
 * oracle: a document released in full has no mark, and one released in part has marks of exactly the exemptions its
 * banner lists (those in its margins included, none that are not).
 */
class StateDepartmentProductionTest {
    static final Path CORPUS = Path.of("../../shared/corpora/foia/state-dept-clinton-emails-sample");
    static final Pattern BANNER =
            Pattern.compile("RELEASE\\s+IN\\s+(FULL|PART)\\s*([^\\n]*(?:\\n[ \\t]*[B1][^\\n]*)?)");
    static final Pattern BANNER_CODE = Pattern.compile("B(\\d)|1\\.4\\(([A-H])\\)");

    static List<Path> documents() throws IOException {
        Path dir = CORPUS.toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "the State Department sample is not at " + dir + ": skipped");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyDocumentHasTheMarksItsBannerLists() throws IOException {
        int full = 0;
        int part = 0;
        long marks = 0;
        for (Path p : documents()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher banner = BANNER.matcher(text);
            if (!banner.find()) continue;
            Set<String> found = new TreeSet<>();
            List<Found> all = ExemptionMarks.find(text);
            all.forEach(f -> found.add(f.code()));
            marks += all.size();
            if (banner.group(1).equals("FULL")) {
                full++;
                assertThat(found).as(p.getFileName() + " was released in full").isEmpty();
                continue;
            }
            part++;
            Set<String> listed = new TreeSet<>();
            Matcher c = BANNER_CODE.matcher(banner.group(2));
            while (c.find()) {
                listed.add(
                        c.group(1) != null
                                ? "(b)(" + c.group(1) + ")"
                                : "1.4(" + c.group(2).toLowerCase(Locale.ROOT) + ")");
            }
            assertThat(listed).as(p.getFileName() + " banner").isNotEmpty();
            assertThat(found)
                    .as(p.getFileName() + ": the exemptions its banner lists")
                    .isEqualTo(listed);
        }
        assertThat(full).isGreaterThan(5);
        assertThat(part).isGreaterThan(20);
        assertThat(marks).isGreaterThan(part);
    }

    @Test
    void theMarginMarksOfOneDocumentAreAllFound() throws IOException {
        Path p = documents().stream()
                .filter(d -> d.getFileName().toString().equals("C05795589.txt"))
                .findFirst()
                .orElseThrow();
        List<String> codes = ExemptionMarks.find(Files.readString(p, StandardCharsets.UTF_8)).stream()
                .map(Found::code)
                .toList();
        // Counted by hand in the file: the banner (B1, 1.4(D), B6), the sender's address (B6) and two withheld
        // passages, each 1.4(D) above B1.
        assertThat(codes)
                .containsExactly("(b)(1)", "1.4(d)", "(b)(6)", "(b)(6)", "1.4(d)", "(b)(1)", "1.4(d)", "(b)(1)");
    }
}
