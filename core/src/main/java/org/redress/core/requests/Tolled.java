package org.redress.core.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A period, both days included, during which the statutory clock stopped (a clarification, a fee question). */
public record Tolled(LocalDate from, LocalDate to) {
    public Tolled {
        if (from == null || to == null) throw new InvalidRequestException("tolled", "a tolled period needs both days");
        if (to.isBefore(from))
            throw new InvalidRequestException("tolled", "the period " + from + ":" + to + " ends before it starts");
    }

    /** Parses FROM:TO, both YYYY-MM-DD. */
    public static Tolled parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split(":");
        if (parts.length != 2)
            throw new InvalidRequestException(
                    "tolled", "'" + text + "' is not a period; write FROM:TO, e.g. 2024-03-01:2024-03-08");
        try {
            return new Tolled(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "tolled", "'" + text + "' is not a period; write FROM:TO, e.g. 2024-03-01:2024-03-08");
        }
    }

    @Override
    public String toString() {
        return from + ":" + to;
    }
}
