package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.redress.core.port.PageScreen;

/** The first pass of screening: what it finds, and that it never hides a hit of the matcher. */
class WatchListScreenTest {
    static final NameMatcher MATCHER = new NameMatcher(Diminutives.builtIn());
    static final List<WatchedPerson> PEOPLE = List.of(
            new WatchedPerson("enrique", "José Enrique Balcázar Sánchez", List.of("Kike")),
            new WatchedPerson("zully", "Zully Palacios", List.of()),
            new WatchedPerson("fox", "Mary Fox", List.of()),
            new WatchedPerson("maria", "María de la Cruz Pérez", List.of()));

    static PageScreen.Prepared screen(List<WatchedPerson> people) {
        return new WatchListScreen()
                .prepare(people.stream()
                        .map(p -> p.screenWords(MATCHER.diminutives()))
                        .toList());
    }

    final PageScreen.Prepared screen = screen(PEOPLE);

    @Test
    void namesAreFoundFoldedDamagedBrokenAndInAddresses() {
        assertThat(screen.candidates("José Enrique BALCÁZAR")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Balcazsr")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Balkasar")).containsExactly("enrique");
        assertThat(screen.candidates("J. Balc?zar")).containsExactly("enrique");
        assertThat(screen.candidates("Balcázar Sánchez, the file")).containsExactly("enrique");
        assertThat(screen.candidates("Ms. Palacios")).containsExactly("zully");
        assertThat(screen.candidates("From: jbalcazar@example.org")).containsExactly("enrique");
        assertThat(screen.candidates("From: mfox9@example.org")).containsExactly("fox");
        assertThat(screen.candidates("Enrique Bal-\ncázar")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Balcá\nzar")).containsExactly("enrique");
        assertThat(screen.candidates("ENRIQUE BAL-\nCAZAR")).containsExactly("enrique");
        assertThat(screen.candidates("Kike was there")).containsExactly("enrique");
        assertThat(screen.candidates("Maria de la Cruz")).containsExactly("maria");
    }

    @Test
    void aSurnameAloneOrFarFromItsGivenNameIsNoCandidate() {
        assertThat(screen.candidates("The weather in Burlington was cold.")).isEmpty();
        assertThat(screen.candidates("")).isEmpty();
        assertThat(screen.candidates("The Palacios family; Sanchez")).isEmpty();
        assertThat(screen.candidates("José went home. Much later, after many other things, a Balcázar farm"))
                .isEmpty();
    }

    @Test
    void itMaySayYesTooOften() {
        // Two letters off an eight-letter surname passes the screen; the matcher then refuses Salazar.
        assertThat(screen.candidates("José Salazar")).containsExactly("enrique");
        assertThat(MATCHER.find(PEOPLE.get(0), PageWords.of("José Salazar"))).isEmpty();
    }

    /**
     * The heart of it: over pages made of a person's name in every damaged form, every matcher hit passes, on pages
     * read by OCR too.
     */
    @Property(tries = 400)
    void everyHitOfTheMatcherIsACandidate(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int people, @ForAll boolean ocr) {
        Random r = new Random(seed);
        List<WatchedPerson> watched = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String[] words = RandomNames.name(r);
            names.add(words);
            List<String> aliases = r.nextInt(4) == 0 ? List.of(RandomNames.word(r, 4 + r.nextInt(4))) : List.of();
            watched.add(new WatchedPerson("p" + i, String.join(" ", words), aliases));
        }
        PageScreen.Prepared s = screen(watched);
        for (int page = 0; page < 5; page++) {
            String text = RandomNames.page(r, names);
            // On a page read by OCR the matcher allows more damage, and the screen must pass it all the same.
            PageWords words = PageWords.of(text, ocr);
            var candidates = s.candidates(text, ocr);
            for (WatchedPerson p : watched) {
                List<NameHit> hits = MATCHER.find(p, words);
                if (!hits.isEmpty())
                    assertThat(candidates).as("%s hit %s in: %s", p, hits, text).contains(p.key());
            }
        }
    }

    /**
     * One prepared screen serves several threads at once (screening reads documents in parallel): four threads
     * screening the same damaged pages, plain and OCR'd, in different orders, answer what one thread answers.
     */
    @Test
    void threadsSharingOneScreenAnswerAsOneThreadDoes() throws Exception {
        Random r = new Random(20261203);
        List<WatchedPerson> watched = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] words = RandomNames.name(r);
            names.add(words);
            watched.add(new WatchedPerson("p" + i, String.join(" ", words), List.of()));
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 400; i++) pages.add(RandomNames.page(r, names));
        List<Set<String>> alone = new ArrayList<>();
        PageScreen.Prepared one = screen(watched);
        for (int i = 0; i < pages.size(); i++) alone.add(one.candidates(pages.get(i), i % 3 == 0));
        assertThat(alone).as("the pages name some of the people").anyMatch(c -> !c.isEmpty());

        PageScreen.Prepared shared = screen(watched);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<Integer, Set<String>>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                answers.add(threads.submit(() -> {
                    Map<Integer, Set<String>> got = new HashMap<>();
                    for (int k = 0; k < pages.size(); k++) {
                        int i = (k + offset) % pages.size();
                        got.put(i, shared.candidates(pages.get(i), i % 3 == 0));
                    }
                    return got;
                }));
            }
            for (Future<Map<Integer, Set<String>>> a : answers) {
                Map<Integer, Set<String>> got = a.get();
                for (int i = 0; i < pages.size(); i++)
                    assertThat(got.get(i)).as(pages.get(i)).isEqualTo(alone.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** PageWords finds its words with WordScanner; they are the words its regular expression defines. */
    @Property(tries = 1000)
    void theScannerFindsTheWordsOfTheExpression(@ForAll long seed) {
        Random r = new Random(seed);
        String alphabet = "aZé?\uFFFD'’09 -\n.Ã\u00A1Â\u00B1ñ\u0301@𝐀,";
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(at))) b.append(alphabet, at, at + 2);
            else if (Character.isLowSurrogate(alphabet.charAt(at))) b.append(alphabet, at - 1, at + 1);
            else b.append(alphabet.charAt(at));
        }
        String text = b.toString();
        List<String> expected = new ArrayList<>();
        Matcher m = PageWords.WORD.matcher(text);
        while (m.find()) expected.add(m.start() + ":" + m.group());
        List<String> scanned = new ArrayList<>();
        WordScanner s = new WordScanner(text);
        while (s.next()) scanned.add(s.start() + ":" + s.word());
        assertThat(scanned).as(text).isEqualTo(expected);
    }

    /** Random names, and pages that write them as records do, damaged. */
    static final class RandomNames {
        static final String[] PARTICLES = {"de", "del", "de la", "y"};
        /** What OCR writes for a letter: groups it reads as one letter, digits it reads for letters. */
        static final String[] OCR_FORMS = {"rn", "cl", "vv", "0", "5", "8", "11"};

        static String word(Random r, int length) {
            String letters = "abcdefghijlmnoprstuvzáéíóñ";
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) b.append(letters.charAt(r.nextInt(letters.length())));
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }

        static String[] name(Random r) {
            int n = 2 + r.nextInt(3);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i == n - 1 && n > 2 && r.nextInt(5) == 0) out.add(PARTICLES[r.nextInt(PARTICLES.length)]);
                out.add(r.nextInt(8) == 0 ? word(r, 1) : word(r, 2 + r.nextInt(8)));
            }
            return out.toArray(String[]::new);
        }

        static String page(Random r, List<String[]> names) {
            StringBuilder b = new StringBuilder();
            String[] filler = {
                "the", "report", "State", "Mr.", "Ms", "and", "de", "on", ",", ":", "\n", "-\n", "A", "J."
            };
            int parts = 10 + r.nextInt(30);
            for (int i = 0; i < parts; i++) {
                if (r.nextInt(3) == 0) {
                    String[] name = names.get(r.nextInt(names.size()));
                    b.append(written(r, name));
                } else {
                    b.append(filler[r.nextInt(filler.length)]);
                }
                b.append(r.nextInt(6) == 0 ? "\n" : " ");
            }
            return b.toString();
        }

        /** Some of the name's words, in some order, damaged, cased, joined or broken. */
        static String written(Random r, String[] name) {
            List<String> words = new ArrayList<>();
            for (String w : name) if (r.nextInt(4) != 0) words.add(damaged(r, w));
            if (words.isEmpty()) words.add(damaged(r, name[name.length - 1]));
            if (r.nextInt(4) == 0) java.util.Collections.reverse(words);
            if (r.nextInt(6) == 0) {
                String local = Folding.fold(words.get(0)).substring(0, 1) + Folding.fold(name[name.length - 1]);
                return local + (r.nextInt(2) == 0 ? "" : String.valueOf(r.nextInt(9))) + "@example.org";
            }
            String sep = switch (r.nextInt(6)) {
                case 0 -> ", ";
                case 1 -> "-";
                case 2 -> ". ";
                case 3 -> "\n";
                default -> " ";
            };
            String out = String.join(sep, words);
            if (r.nextInt(3) == 0) out = out.toUpperCase(Locale.ROOT);
            if (r.nextInt(8) == 0 && out.length() > 4) {
                int at = 2 + r.nextInt(out.length() - 3);
                // Cut at a hyphen, or without one (as OCR and PDF text extraction leave a word at the margin).
                String cut = r.nextBoolean() ? "-\n" : "\n";
                String rest = out.substring(at);
                out = out.substring(0, at) + cut + (r.nextBoolean() ? rest.toLowerCase(Locale.ROOT) : rest);
            }
            return out;
        }

        static String damaged(Random r, String w) {
            StringBuilder b = new StringBuilder(w);
            int edits = r.nextInt(4) == 0 ? r.nextInt(4) : 0;
            for (int e = 0; e < edits && b.length() > 1; e++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(6)) {
                    case 0 -> b.deleteCharAt(at);
                    case 5 -> b.replace(at, at + 1, OCR_FORMS[r.nextInt(OCR_FORMS.length)]);
                    case 1 -> b.insert(at, b.charAt(at));
                    case 2 -> b.setCharAt(at, "aeoilcn1?".charAt(r.nextInt(9)));
                    case 3 -> b.setCharAt(at, '\uFFFD');
                    default -> {
                        if (at + 1 < b.length()) {
                            char c = b.charAt(at);
                            b.setCharAt(at, b.charAt(at + 1));
                            b.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            String s = b.toString();
            if (r.nextInt(10) == 0) s = Folding.fold(s);
            if (r.nextInt(10) == 0)
                s = new String(
                        s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
            return s;
        }
    }
}
