package org.redress.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * The graph of four real Enron inboxes (../shared/corpora, see its PROVENANCE.md) against counts this test makes
 * itself from the raw files with a plain header parser: every sender–recipient pair, each message once by
 * Message-ID.
 */
class EnronGraphTest {
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'&=\\-]+@[A-Za-z0-9.\\-]+[A-Za-z0-9]");

    @TempDir
    Path tmp;

    static Path enron() {
        String p = System.getProperty("redress.corpora");
        Path corpora = p != null
                ? Path.of(p)
                : Path.of("../../shared/corpora").toAbsolutePath().normalize();
        return corpora.resolve("email/enron-maildir-dev");
    }

    @Test
    void senderRecipientCountsMatchAPlainParseOfTheRawMessages() throws Exception {
        Path enron = enron();
        assumeTrue(Files.isDirectory(enron), "Enron maildir not found at " + enron + "; skipping real-mail test");
        Map<String, Integer> expected = plainCounts(enron);
        assertThat(expected).hasSizeGreaterThan(50);

        String dir = tmp.resolve("case").toString();
        assertThat(Cli.run("init", "--case", dir).code()).isZero();
        Cli.Run ingest = Cli.run("ingest", "--case", dir, "--json", enron.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();
        Cli.Run graph = Cli.run("graph", "--case", dir, "--format", "json");
        assertThat(graph.code()).as(graph.toString()).isZero();
        Map<String, Integer> actual = new TreeMap<>();
        for (JsonNode e : graph.json().get("edges"))
            actual.put(
                    e.get("from").asText() + " -> " + e.get("to").asText(),
                    e.get("messages").asInt());
        assertThat(differences(expected, actual)).isEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    /** What differs, pair by pair: "pair: expected N, graph M" (0 where one side lacks the pair). */
    static List<String> differences(Map<String, Integer> expected, Map<String, Integer> actual) {
        Set<String> pairs = new java.util.TreeSet<>(expected.keySet());
        pairs.addAll(actual.keySet());
        List<String> out = new java.util.ArrayList<>();
        for (String p : pairs) {
            int e = expected.getOrDefault(p, 0);
            int a = actual.getOrDefault(p, 0);
            if (e != a) out.add(p + ": expected " + e + ", graph " + a);
        }
        return out.size() > 40 ? out.subList(0, 40) : out;
    }

    /** Pair counts from the header blocks: unfolded, From then To, Cc and Bcc, distinct by Message-ID. */
    static Map<String, Integer> plainCounts(Path root) throws IOException {
        Map<String, Map<String, String>> byMessageId = new HashMap<>();
        List<Path> files;
        try (Stream<Path> w = Files.walk(root)) {
            files = w.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Map<String, String> h = headers(Files.readString(f, StandardCharsets.ISO_8859_1));
            String id = h.getOrDefault("message-id", f.toString()).strip();
            byMessageId.putIfAbsent(id, h);
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, String> h : byMessageId.values()) {
            List<String> from = addresses(h.get("from"));
            if (from.isEmpty()) continue;
            Set<String> to = new LinkedHashSet<>();
            for (String field : List.of("to", "cc", "bcc")) to.addAll(addresses(h.get(field)));
            for (String t : to) counts.merge(from.get(0) + " -> " + t, 1, Integer::sum);
        }
        return counts;
    }

    static Map<String, String> headers(String message) {
        Map<String, String> h = new HashMap<>();
        String last = null;
        for (String line : message.split("\r?\n", -1)) {
            if (line.isEmpty()) break;
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                h.put(last, h.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            h.putIfAbsent(last, line.substring(colon + 1).strip());
            if (!h.get(last).equals(line.substring(colon + 1).strip())) last = "\u0000ignored";
            h.putIfAbsent(last, "");
        }
        return h;
    }

    static List<String> addresses(String header) {
        if (header == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(header);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return List.copyOf(out);
    }
}
