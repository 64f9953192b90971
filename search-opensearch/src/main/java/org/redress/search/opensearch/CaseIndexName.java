package org.redress.search.opensearch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The OpenSearch index of a case on the server: {@code redress-case-} and the case's name, which must be one to 64
 * letters, digits, hyphens or underscores starting with a letter or digit. Names are matched as people type them
 * (case and surrounding spaces ignored, {@code _} and {@code -} kept apart), so "Vermont-DMV" and "vermont-dmv"
 * are one case.
 */
public record CaseIndexName(String caseName, String index) {
    private static final String PREFIX = "redress-case-";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public static CaseIndexName of(String caseName) {
        String n = caseName == null ? "" : caseName.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(n).matches())
            throw new org.redress.core.UserMistake("A case name on the server is 1 to 64 letters, digits, '-' or '_',"
                    + " starting with a letter or digit (for example vermont-dmv); '" + caseName + "' is not one.");
        return new CaseIndexName(n, PREFIX + n);
    }
}
