package org.redress.core.requests;

import java.util.Locale;

/** Whether a letter or email came from the agency (in) or was sent to it (out). */
public enum Direction {
    IN,
    OUT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "in", "incoming", "received" -> {
                    return IN;
                }
                case "out", "outgoing", "sent" -> {
                    return OUT;
                }
                default -> {}
            }
        }
        throw new InvalidRequestException(
                "direction", "'" + text + "' is not a direction; use in (from the agency) or out (to the agency)");
    }
}
