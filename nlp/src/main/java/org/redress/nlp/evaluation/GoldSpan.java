package org.redress.nlp.evaluation;

import java.util.Locale;
import org.redress.core.entities.EntityType;

/** A labelled or found entity in a text: characters {@code [start, end)} and type. */
public record GoldSpan(int start, int end, EntityType type) {

    /**
     * The Redress type of a corpus label: WNUT 2017's person, location, corporation and group, and CoNLL 2002/2003's
     * PER, LOC, ORG. Null for labels Redress does not recognise (creative-work, product, MISC): they are left out of
     * the gold standard, and a found entity on them counts as a false positive.
     */
    public static EntityType typeOf(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "location", "loc" -> EntityType.PLACE;
            case "corporation", "group", "org" -> EntityType.ORGANISATION;
            default -> null;
        };
    }
}
