package org.redress.core.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared: two writings are one form when they differ only in case, accents, spacing and the
 * punctuation around them ("JOSÉ  Balcázar," and "jose balcazar"). Records drop and mangle accents; a merge or a
 * rename must not be undone by the next page that writes the name without them.
 */
public final class EntityNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private EntityNames() {}

    /** The comparison key of a name or surface form; empty when nothing but spaces and punctuation. */
    public static String key(String name) {
        String folded =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = SPACE.matcher(folded).replaceAll(" ");
        return EDGE.matcher(spaced).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A name as it should be shown: spacing made single, ends trimmed, letters as written. */
    public static String display(String name) {
        return SPACE.matcher(name).replaceAll(" ").strip();
    }
}
