package org.redress.nlp;

import java.util.Locale;
import org.redress.core.entities.EntityType;

/**
 * CoreNLP's entity labels as Redress's types. The English models say PERSON, ORGANIZATION and LOCATION (CITY, COUNTRY,
 * STATE_OR_PROVINCE when fine-grained labels are on); the Spanish AnCora model says PERS, ORG and LUG. Everything else
 * (MISC, OTROS, numbers and dates) is not kept.
 */
final class Labels {
    private Labels() {}

    /** The type of a label, or null for a label Redress does not keep. */
    static EntityType type(String label) {
        if (label == null) return null;
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PERSON", "PERS", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORGANISATION", "ORG" -> EntityType.ORGANISATION;
            case "LOCATION", "LOC", "LUG", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            default -> null;
        };
    }
}
