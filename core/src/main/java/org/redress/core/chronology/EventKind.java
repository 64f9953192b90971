package org.redress.core.chronology;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of event, written {@code category.name}, e.g. {@code adverse.arrest}. The category decides how
 * analyses treat the event; the name is free to extend through {@link EventKindRegistry}.
 */
public record EventKind(EventCategory category, String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** What people type between the words of a name: hyphens, underscores, spaces (no-break ones too, from pasted text). */
    private static final Pattern WORD_BREAK = Pattern.compile("[-_\\s\\p{Z}]+");

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    public static final EventKind KNOWLEDGE = new EventKind(EventCategory.OTHER, "knowledge");

    public EventKind {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new org.redress.core.UserMistake(
                    "'" + category.code() + "." + name + "' is not a valid kind: the part "
                            + "after the dot must be lower-case letters, digits and underscores, starting with a letter");
        }
    }

    /**
     * The canonical spelling of a typed kind: lower case, no space around the code or its dot, and one underscore
     * between the words of the name, so {@code Protected.Public Statement} and {@code PROTECTED.PUBLIC-STATEMENT}
     * both read {@code protected.public_statement}. It only respells; whether the kind exists is the registry's to say.
     * Null reads as the empty code.
     */
    public static String canonicalCode(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.toLowerCase(Locale.ROOT);
        int dot = code.indexOf('.');
        if (dot < 0) {
            return words(code);
        }
        return trim(code.substring(0, dot)) + "." + words(code.substring(dot + 1));
    }

    private static String words(String text) {
        return WORD_BREAK.matcher(trim(text)).replaceAll("_");
    }

    private static String trim(String text) {
        return EDGE_SPACE.matcher(text).replaceAll("");
    }

    /**
     * Reads the form {@code category.name} without checking that the kind is registered; use
     * {@link EventKindRegistry#lookup} for user input.
     */
    public static EventKind of(String code) {
        Objects.requireNonNull(code, "code");
        int dot = code.indexOf('.');
        if (dot < 0) {
            throw new org.redress.core.UserMistake("'" + code + "' is not an event kind: write category.name, "
                    + "e.g. adverse.arrest, with category protected, adverse or other");
        }
        String category = code.substring(0, dot);
        for (EventCategory c : EventCategory.values()) {
            if (c.code().equals(category)) {
                return new EventKind(c, code.substring(dot + 1));
            }
        }
        throw new org.redress.core.UserMistake("'" + code + "' is not an event kind: its category '" + category
                + "' must be protected, adverse or other");
    }

    public boolean isProtected() {
        return category == EventCategory.PROTECTED;
    }

    public boolean isAdverse() {
        return category == EventCategory.ADVERSE;
    }

    /** The text form, e.g. {@code protected.protest}. */
    public String code() {
        return category.code() + "." + name;
    }

    @Override
    public String toString() {
        return code();
    }
}
