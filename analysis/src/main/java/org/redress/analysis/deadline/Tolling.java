package org.redress.analysis.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A period, both ends included, during which the statutory clock stops (e.g. FOIA 5 U.S.C. 552(a)(6)(A)(ii):
 * waiting for the requester's answer to one information request or to a fee clarification).
 */
public record Tolling(LocalDate from, LocalDate to) {

    public Tolling {
        Objects.requireNonNull(from, "tolling start");
        Objects.requireNonNull(to, "tolling end");
        if (to.isBefore(from))
            throw new DeadlineInputException("tolling period ends before it starts: " + from + ":" + to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Parses {@code FROM:TO} in ISO dates, e.g. {@code 2024-03-04:2024-03-08}. */
    public static Tolling parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        if (parts.length != 2)
            throw new DeadlineInputException("tolling period must be FROM:TO (ISO dates), got '" + text + "'");
        try {
            return new Tolling(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new DeadlineInputException("bad date in tolling period '" + text + "': use YYYY-MM-DD");
        }
    }

    @Override
    public String toString() {
        return from + ":" + to;
    }
}
