package org.redress.analysis.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.redress.core.UserMistake;

/**
 * Given names and their short forms (Pepe → José, Paco and Pancho → Francisco, Kike → Enrique …): the table shipped
 * with Redress, extended by a case's own. A short form matches its name and the name its short forms; two short forms
 * of different names never match each other (Beto is Roberto and Alberto, but Roberto is not Alberto).
 */
public final class Diminutives {
    private static final String BUILT_IN = "diminutives.txt";
    private final Map<String, Set<String>> shortForms = new TreeMap<>();

    private Diminutives() {}

    /** The shipped table. */
    public static Diminutives builtIn() {
        Diminutives d = new Diminutives();
        try (InputStream in = Diminutives.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("the built-in table of short names is missing");
            d.add(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the built-in table");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** This table with the lines of a case's own file added ("Name: short, short", # comments). */
    public Diminutives with(String table, String label) {
        Diminutives d = new Diminutives();
        shortForms.forEach((k, v) -> d.shortForms.put(k, new LinkedHashSet<>(v)));
        d.add(table, label);
        return d;
    }

    private void add(String table, String label) {
        int n = 0;
        for (String line : table.split("\\R")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int colon = l.indexOf(':');
            String name = colon < 0 ? "" : Folding.fold(l.substring(0, colon));
            if (name.isEmpty()) {
                // The line number only: the table may be the case's own, and its words stay out of messages.
                throw new UserMistake(label + " line " + n + ": write a name, a colon and its short forms, "
                        + "separated by commas (Enrique: Kike, Quique)");
            }
            Set<String> forms = shortForms.computeIfAbsent(name, k -> new LinkedHashSet<>());
            for (String s : l.substring(colon + 1).split(",")) {
                String f = Folding.fold(s);
                if (!f.isEmpty() && !f.equals(name)) forms.add(f);
            }
        }
    }

    /** True when one folded given name is a short form of the other. */
    public boolean related(String a, String b) {
        return shortForms.getOrDefault(a, Set.of()).contains(b)
                || shortForms.getOrDefault(b, Set.of()).contains(a);
    }

    /** True when the folded word is a given name of the table (María, Daniel): another person's name, not damage. */
    public boolean isName(String folded) {
        return shortForms.containsKey(folded);
    }

    /** Every folded given name of the table and every short form. */
    public Set<String> forms() {
        Set<String> out = new LinkedHashSet<>(shortForms.keySet());
        shortForms.values().forEach(out::addAll);
        return out;
    }

    /** The short forms of a folded name, and the names a folded short form stands for. */
    public Set<String> relatedTo(String folded) {
        Set<String> out = new LinkedHashSet<>(shortForms.getOrDefault(folded, Set.of()));
        shortForms.forEach((name, forms) -> {
            if (forms.contains(folded)) out.add(name);
        });
        return out;
    }

    /** The table as one canonical text, for the screening fingerprint. */
    public String canonical() {
        StringBuilder b = new StringBuilder();
        Map<String, Set<String>> sorted = new LinkedHashMap<>(shortForms);
        sorted.forEach((k, v) -> b.append(k)
                .append(':')
                .append(String.join(",", new java.util.TreeSet<>(v)))
                .append('\n'));
        return b.toString();
    }
}
