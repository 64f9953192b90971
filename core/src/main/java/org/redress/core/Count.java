package org.redress.core;

import java.util.Locale;

/**
 * A count in English words that agree with it, for the command line, the JSON API's messages and the exports: "1
 * page", "2 pages", "1 entry", "1,234 entries". English takes the singular exactly for 1 (CLDR's "one"), so the two
 * forms are given whole rather than guessed from a suffix. Numbers are grouped the same way on every machine
 * (Locale.ROOT), never by the default locale. The web's bilingual pages have their own, {@code Messages.count}.
 */
public final class Count {

    private Count() {}

    /** "1 page" or "3 pages": the number, grouped, and the form of the noun that agrees with it. */
    public static String of(long n, String one, String other) {
        return number(n) + " " + noun(n, one, other);
    }

    /** Only the noun, for a sentence that places the number itself: "page" or "pages". */
    public static String noun(long n, String one, String other) {
        return n == 1 ? one : other;
    }

    /** "1,000": thousands separated by commas whatever the machine's locale. */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
