package org.redress.store.postgres;

import java.util.Locale;
import java.util.regex.Pattern;
import org.redress.core.UserMistake;

/**
 * The name of a case on a server, as people type it ({@code "Smith v ICE"}, {@code smith-v-ice}): letters, digits,
 * spaces, hyphens and underscores, folded to lower case with one underscore between words. It names the case's
 * PostgreSQL schema, so nothing else can reach the SQL.
 */
public record CaseName(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    /** PostgreSQL keeps 63 bytes of an identifier; the schema adds "case_". */
    static final int MAX_LENGTH = 58;

    public CaseName {
        if (value == null || !VALID.matcher(value).matches() || value.length() > MAX_LENGTH)
            throw new InvalidCaseNameException();
    }

    /** The name as typed: case, hyphens or spaces between words, and spaces around are tolerated. */
    public static CaseName of(String typed) {
        if (typed == null) throw new InvalidCaseNameException();
        String folded = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        return new CaseName(folded);
    }

    /** The case's schema on the server (quoted nowhere: it is lower-case letters, digits and underscores). */
    public String schema() {
        return "case_" + value;
    }

    /** The case a schema belongs to, or null when the schema is not a case's. */
    static CaseName ofSchema(String schema) {
        if (!schema.startsWith("case_")) return null;
        String name = schema.substring("case_".length());
        return VALID.matcher(name).matches() && name.length() <= MAX_LENGTH ? new CaseName(name) : null;
    }

    @Override
    public String toString() {
        return value;
    }

    /** A case name that cannot be used; the message does not repeat it (it may be anything at all). */
    public static final class InvalidCaseNameException extends UserMistake {
        private static final long serialVersionUID = 1L;

        InvalidCaseNameException() {
            super("a case name is 1 to " + MAX_LENGTH
                    + " letters (a-z) or digits, with words joined by spaces, hyphens or underscores");
        }
    }
}
