package org.redress.core.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first and last Bates numbers stamped on a production, e.g. {@code ICE-2018-000001} to {@code ICE-2018-000040}.
 * The numbers are kept as written: they are labels, not quantities, and their prefixes and widths matter.
 */
public record BatesRange(String from, String to) {

    private static final String FIELD = "bates";

    public BatesRange {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new InvalidRequestException(FIELD, "a Bates range needs a first and a last number");
        }
        from = from.strip();
        to = to.strip();
    }

    /**
     * Reads {@code FROM-TO}, {@code FROM - TO} or {@code FROM..TO}; blank text is no range (an unstamped production).
     * Bates numbers often contain hyphens themselves (ICE-2018-000001), so with hyphens only, and more than one, the
     * split that gives two numbers of the same shape (same prefix, same width) is taken; {@code ..} and {@code " - "}
     * are read first because they leave no doubt.
     */
    public static Optional<BatesRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        String[] parts;
        if (t.contains("..")) {
            parts = t.split("\\.\\.", 2);
        } else if (t.contains(" - ")) {
            parts = t.split(" - ", 2);
        } else {
            parts = splitAtHyphen(t);
        }
        if (parts == null || parts[0].isBlank() || parts[1].isBlank()) {
            throw new InvalidRequestException(
                    FIELD,
                    "'" + text + "' is not a Bates range; write FROM-TO, or FROM..TO when "
                            + "the numbers contain hyphens");
        }
        return Optional.of(new BatesRange(parts[0], parts[1]));
    }

    /** The only hyphen, or the one with numbers of the same shape on both sides; null if there is none such. */
    private static String[] splitAtHyphen(String t) {
        List<Integer> hyphens = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '-') {
                hyphens.add(i);
            }
        }
        if (hyphens.size() == 1) {
            return new String[] {t.substring(0, hyphens.get(0)), t.substring(hyphens.get(0) + 1)};
        }
        for (int i : hyphens) {
            String a = t.substring(0, i);
            String b = t.substring(i + 1);
            if (a.length() == b.length() && shape(a).equals(shape(b))) {
                return new String[] {a, b};
            }
        }
        return null;
    }

    /** The non-digit skeleton of a Bates number: ICE-2018-000123 → ICE-####-######. */
    private static String shape(String s) {
        return s.replaceAll("\\d", "#");
    }

    /** {@code FROM..TO}, the form {@link #parse} reads back whatever hyphens the numbers hold (as long as FROM has no {@code ..}). */
    public String text() {
        return from + ".." + to;
    }
}
