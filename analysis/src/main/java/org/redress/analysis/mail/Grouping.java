package org.redress.analysis.mail;

import java.util.Locale;
import org.redress.core.UserMistake;

/** What a node of the graph stands for. */
public enum Grouping {
    ADDRESS,
    PERSON,
    ORGANISATION;

    /** Reads address, person or organisation (organization too; case and spaces ignored). */
    public static Grouping fromText(String text) {
        String k = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "", "address", "addresses" -> ADDRESS;
            case "person", "people" -> PERSON;
            case "organisation", "organization", "organisations", "organizations", "org" -> ORGANISATION;
            default -> throw new UserMistake("'" + text + "' is not a grouping: use address, person or organisation");
        };
    }

    /** The node an address stands in, under this grouping. */
    Node group(Node a) {
        return switch (this) {
            case ADDRESS -> a;
            case PERSON ->
                a.person() == null
                        ? a
                        : new Node(a.person(), null, a.person(), a.person(), a.organisation(), a.level());
            case ORGANISATION -> {
                String org = a.organisation() != null
                        ? a.organisation()
                        : a.address().substring(a.address().lastIndexOf('@') + 1);
                yield new Node(org, null, org, null, org, a.organisation() != null ? a.level() : null);
            }
        };
    }
}
