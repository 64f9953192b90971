package org.redress.analysis.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words written before a name. A courtesy title (Mr., Sra., Don) makes a surname alone a possible mention; a rank or
 * role (Officer, Agent, Detainee) only shows that the word before a surname is not a conflicting given name.
 */
public final class Honorifics {
    private final Set<String> all = new HashSet<>();
    private final Set<String> courtesy = new HashSet<>();

    private Honorifics() {}

    public static Honorifics builtIn() {
        Honorifics h = new Honorifics();
        try (InputStream in = Honorifics.class.getResourceAsStream("honorifics.txt")) {
            if (in == null) throw new IllegalStateException("the built-in list of titles is missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] parts = l.split("\\s+");
                String word = Folding.fold(parts[0]);
                h.all.add(word);
                if (parts.length > 1 && parts[1].equals("courtesy")) h.courtesy.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h;
    }

    public boolean isTitle(String folded) {
        return all.contains(folded);
    }

    public boolean isCourtesy(String folded) {
        return courtesy.contains(folded);
    }
}
