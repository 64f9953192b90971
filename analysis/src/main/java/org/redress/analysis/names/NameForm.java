package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One way of reading a person's name or multi-word alias into given names and surnames. "José Enrique Balcázar
 * Sánchez" is two given names and two surnames; "Balcázar Sánchez, José Enrique" and "José Enrique
 * Balcázar-Sánchez" the same; particles stay with their surname ("María de la Cruz"). Three words are read both ways
 * (given + two surnames, and two given names + surname), since both are common.
 */
public record NameForm(
        String label, String display, List<NamePart> given, List<NamePart> surnames, boolean secondGuess) {
    static final Set<String> PARTICLES = Set.of(
            "de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von", "der", "den", "du",
            "le");

    /** The particles as OCR's confusion classes read them ({@link OcrKey}: "dee" is de and "1a" la, "dc" is no de). */
    private static final Set<String> PARTICLE_KEYS =
            PARTICLES.stream().map(OcrKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The folded word is a particle; on a page read by OCR, also as OCR's confusion classes read it ("dee", "1a"). */
    static boolean particle(String folded, boolean ocr) {
        return PARTICLES.contains(folded) || (ocr && PARTICLE_KEYS.contains(OcrKey.of(folded)));
    }

    public NameForm {
        given = List.copyOf(given);
        surnames = List.copyOf(surnames);
    }

    /** The readings of one written name; none for a single word, which is matched as an alias alone. */
    public static List<NameForm> parse(String name, String label) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma >= 0) {
            List<String[]> surnames = groups(n.substring(0, comma));
            List<String[]> given = groups(n.substring(comma + 1));
            if (surnames.isEmpty() || given.isEmpty()) return List.of();
            return List.of(form(label, n, given, surnames));
        }
        List<String[]> groups = groups(n);
        // A hyphen inside one word joins two surnames ("Balcázar-Sánchez"): the last word's parts are surnames.
        List<String> words = List.of(n.split("\\s+"));
        String last = words.get(words.size() - 1);
        int lastParts = last.contains("-") ? groups(last).size() : 1;
        int size = groups.size();
        if (size < 2) return List.of();
        if (lastParts > 1 && size > lastParts) {
            return List.of(form(label, n, groups.subList(0, size - lastParts), groups.subList(size - lastParts, size)));
        }
        if (size == 2) return List.of(form(label, n, groups.subList(0, 1), groups.subList(1, 2)));
        if (size == 3) {
            return List.of(
                    form(label, n, groups.subList(0, 1), groups.subList(1, 3)),
                    form(label, n, groups.subList(0, 2), groups.subList(2, 3)).asSecondGuess());
        }
        return List.of(form(label, n, groups.subList(0, size - 2), groups.subList(size - 2, size)));
    }

    private static NameForm form(String label, String display, List<String[]> given, List<String[]> surnames) {
        List<NamePart> g = new ArrayList<>();
        for (String[] x : given) g.add(new NamePart(NamePart.Role.GIVEN, g.size(), x[0], x[1]));
        List<NamePart> s = new ArrayList<>();
        for (String[] x : surnames) s.add(new NamePart(NamePart.Role.SURNAME, s.size(), x[0], x[1]));
        return new NameForm(label, display, g, s, false);
    }

    /**
     * The second reading of a three-word name (two given names and a surname): its middle word is more often the
     * paternal surname, so it counts as a given name only beside the first.
     */
    private NameForm asSecondGuess() {
        return new NameForm(label, display, given, surnames, true);
    }

    /** The words of a name as {display, folded}, particles joined to the word they precede, hyphens splitting. */
    private static List<String[]> groups(String text) {
        List<String[]> out = new ArrayList<>();
        StringBuilder particles = new StringBuilder();
        for (String raw : text.strip().split("[\\s\\-‐–]+")) {
            String w = raw.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            String f = Folding.fold(w);
            if (f.isEmpty()) continue;
            if (PARTICLES.contains(f)) {
                particles.append(w).append(' ');
                continue;
            }
            out.add(new String[] {particles + w, f});
            particles.setLength(0);
        }
        return out;
    }

    public boolean hasTwoSurnames() {
        return surnames.size() >= 2;
    }
}
