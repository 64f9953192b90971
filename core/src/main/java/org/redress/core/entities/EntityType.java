package org.redress.core.entities;

import java.util.Locale;
import org.redress.core.UserMistake;

/** The kinds of named entity Redress keeps. */
public enum EntityType {
    PERSON("person"),
    ORGANISATION("organisation"),
    PLACE("place");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads person, organisation or place as people type them: any case, US spelling, plurals, short forms. */
    public static EntityType fromCode(String text) {
        String c = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (c) {
            case "person", "people", "persons", "per", "persona", "personas" -> PERSON;
            case "organisation", "organization", "organisations", "organizations", "org", "orgs", "organización" ->
                ORGANISATION;
            case "place", "places", "location", "locations", "loc", "lugar", "lugares" -> PLACE;
            default -> throw new UserMistake("'" + text + "' is not an entity type: use person, organisation or place");
        };
    }
}
