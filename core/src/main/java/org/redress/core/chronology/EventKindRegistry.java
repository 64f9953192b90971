package org.redress.core.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event kinds a case knows: the built-in taxonomy plus kinds the case team adds. Codes are matched in any
 * spelling of their words ({@link EventKind#canonicalCode}); lookups of unknown codes fail with the closest
 * registered kinds, so a typo in an import file is easy to fix.
 */
public final class EventKindRegistry {

    /** The taxonomy every case starts with. */
    public static final List<String> BUILT_IN = List.of(
            "protected.protest",
            "protected.march",
            "protected.press_conference",
            "protected.public_statement",
            "protected.testimony",
            "protected.campaign",
            "protected.lawsuit_filed",
            "protected.publication",
            "protected.organising_meeting",
            "protected.social_media_post",
            "adverse.arrest",
            "adverse.detention",
            "adverse.traffic_stop",
            "adverse.home_or_work_visit",
            "adverse.surveillance",
            "adverse.records_lookup",
            "adverse.informant_contact",
            "adverse.threat",
            "adverse.notice_to_appear",
            "adverse.removal",
            "adverse.bond_denied",
            "other.communication",
            "other.policy",
            "other.release",
            "other.ruling",
            "other.settlement",
            "other.knowledge");

    private static final int MAX_SUGGESTIONS = 5;

    private final Map<String, EventKind> kinds = new LinkedHashMap<>();
    /** The team's own kinds as first written, by canonical code. */
    private final Map<String, String> customSpellings = new HashMap<>();

    private EventKindRegistry() {}

    /** A new registry holding the built-in kinds. */
    public static EventKindRegistry withBuiltIns() {
        EventKindRegistry registry = new EventKindRegistry();
        BUILT_IN.forEach(registry::register);
        return registry;
    }

    /**
     * Adds a kind written {@code category.name}, stored under its {@linkplain EventKind#canonicalCode canonical code};
     * the category must be protected, adverse or other. Registering an existing kind again, in any spelling, is harmless.
     */
    public synchronized EventKind register(String code) {
        EventKind kind = EventKind.of(EventKind.canonicalCode(code));
        kinds.putIfAbsent(kind.code(), kind);
        return kind;
    }

    /**
     * Adds one of the case team's own kinds, as {@link #register} does, but refuses a second spelling of a code the
     * team already listed ({@code protected.sit_in}, then {@code Protected.Sit-In}): whoever wrote both likely meant two
     * kinds, and they would silently become one. The same spelling again is harmless.
     */
    public synchronized EventKind registerCustom(String code) {
        EventKind kind = register(code);
        String written = code.strip();
        String first = customSpellings.putIfAbsent(kind.code(), written);
        if (first != null && !first.equals(written)) {
            throw new org.redress.core.UserMistake(
                    "'" + written + "' and '" + first + "' are the same kind " + kind.code()
                            + " (case, and '-', '_' or a space between words, do not tell kinds apart); list it once");
        }
        return kind;
    }

    /**
     * The registered kind for {@code code}, however it is spelled: case, surrounding spaces and the choice of
     * {@code -}, {@code _} or a space between words are ignored (see {@link EventKind#canonicalCode}).
     */
    public synchronized EventKind lookup(String code) {
        String key = EventKind.canonicalCode(code);
        EventKind kind = kinds.get(key);
        if (kind == null) {
            throw new UnknownEventKindException(code, closeMatches(key));
        }
        return kind;
    }

    public synchronized boolean contains(String code) {
        return kinds.containsKey(EventKind.canonicalCode(code));
    }

    public synchronized List<EventKind> all() {
        return List.copyOf(kinds.values());
    }

    /** Kinds whose code or name is a few edits away from the input, or whose name contains it. */
    synchronized List<EventKind> closeMatches(String key) {
        String wantedName = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
        record Scored(EventKind kind, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (EventKind kind : kinds.values()) {
            int distance = Math.min(editDistance(key, kind.code()), editDistance(wantedName, kind.name()));
            boolean contains =
                    wantedName.length() >= 3 && (kind.name().contains(wantedName) || wantedName.contains(kind.name()));
            int allowed = Math.max(2, wantedName.length() / 3);
            if (distance <= allowed || contains) {
                scored.add(new Scored(kind, contains ? Math.min(distance, allowed) : distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(s -> s.kind().code()))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::kind)
                .toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
