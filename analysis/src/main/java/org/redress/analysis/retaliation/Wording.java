package org.redress.analysis.retaliation;

import java.util.Locale;
import org.redress.core.chronology.EventKind;

/** Shared phrasing for the plain-words sentences, so every result reads numbers the same way. */
final class Wording {

    private Wording() {}

    /** "press conference" for protected.press_conference. */
    static String kind(EventKind kind) {
        return kind.name().replace('_', ' ');
    }

    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** A gap that may be a range or open-ended, never shown as more exact than it is. */
    static String gap(Long min, Long max) {
        if (max == null) {
            return "at least " + days(min);
        }
        if (min.equals(max)) {
            return min == 0 ? "the same day" : days(min);
        }
        return "between " + min + " and " + days(max);
    }

    /** p-values with three significant digits; very small ones in scientific notation. */
    static String p(double p) {
        if (p == 0) {
            return "0";
        }
        if (p < 0.001) {
            return String.format(Locale.ROOT, "%.2e", p);
        }
        return String.format(Locale.ROOT, "%.3g", p);
    }

    static String number(double x) {
        if (Double.isInfinite(x)) {
            return "infinite";
        }
        if (Math.abs(x) >= 100 || x == Math.rint(x)) {
            return String.format(Locale.ROOT, "%.1f", x).replaceAll("\\.0$", "");
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
