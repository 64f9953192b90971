package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.mentions.ScreenWords;

/**
 * A person on the watch list, ready to be matched: the readings of their name and multi-word aliases, and their
 * one-word aliases (nicknames), which match as a given name beside a surname and, alone, as a hit of their own.
 * {@code key} is the caller's handle for the person. {@link #warnings()} says which names are too broad, without
 * repeating them (a warning may be shown where the watch list must not be).
 */
public final class WatchedPerson {
    /** A one-word alias shorter than this matches too much alone. */
    static final int SHORT_ALIAS = 5;

    private final String key;
    private final List<NameForm> forms = new ArrayList<>();
    private final Map<String, String> aliasWords = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public WatchedPerson(String key, String name, List<String> aliases) {
        this.key = key;
        forms.addAll(NameForm.parse(name, "name"));
        if (forms.isEmpty()) {
            warnings.add("the name is a single word, which is too broad to find the person by; give the full name"
                    + " and keep the single word as an alias");
            String f = Folding.fold(name);
            if (!f.isEmpty()) aliasWords.put(f, name.strip());
        }
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            List<NameForm> read = NameForm.parse(alias, "alias " + (i + 1));
            if (!read.isEmpty()) {
                forms.addAll(read);
                continue;
            }
            String f = Folding.fold(alias);
            if (f.isEmpty()) continue;
            aliasWords.put(f, alias.strip());
            if (f.length() < SHORT_ALIAS) {
                warnings.add("alias " + (i + 1) + " is one short word, which is too broad alone: its hits alone are"
                        + " scored below the threshold for review, and it counts fully only beside a surname");
            }
        }
    }

    public String key() {
        return key;
    }

    public List<NameForm> forms() {
        return forms;
    }

    /** One-word aliases, folded → as written. */
    public Map<String, String> aliasWords() {
        return aliasWords;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * What a fast first pass must look for so as never to miss a hit of {@link NameMatcher}: the one-word aliases as
     * words, the surnames as words within the edits the matcher allows, and the surnames inside an email address's
     * local part; and the words of which one must stand beside a surname (a given name, its short forms, its
     * initial, an alias), unless a courtesy title or the other surname does.
     */
    public ScreenWords screenWords(Diminutives diminutives) {
        Set<String> surnames = new LinkedHashSet<>();
        for (NameForm f : forms) {
            for (NamePart s : f.surnames()) surnames.add(s.folded());
        }
        List<String> contained = surnames.stream().filter(s -> s.length() >= 3).toList();
        return new ScreenWords(
                key, List.copyOf(aliasWords.keySet()), List.copyOf(surnames), contained, companions(diminutives));
    }

    private List<String> companions(Diminutives diminutives) {
        Set<String> out = new LinkedHashSet<>(aliasWords.keySet());
        for (NameForm f : forms) {
            for (NamePart g : f.given()) {
                // A given name recorded as an initial is matched by any word it begins.
                if (g.isInitial()) return List.of(ScreenWords.ANY);
                out.add(g.folded());
                out.add(g.folded().substring(0, 1));
                out.addAll(diminutives.relatedTo(g.folded()));
            }
        }
        return List.copyOf(out);
    }

    boolean broadAlias(String folded) {
        return folded.length() < SHORT_ALIAS;
    }

    @Override
    public String toString() {
        return "WatchedPerson[" + key + "]";
    }
}
