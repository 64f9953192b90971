package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A public-records law and its versions over time. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Law(String id, String jurisdiction, String name, String note, List<LawVersion> versions) {

    public Law {
        Objects.requireNonNull(id, "law id");
        versions = versions == null ? List.of() : List.copyOf(versions);
        if (versions.isEmpty()) throw new IllegalArgumentException("law " + id + " has no versions");
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                if (overlap(versions.get(i), versions.get(j))) {
                    throw new IllegalArgumentException(
                            "law " + id + ": versions " + versions.get(i).version() + " and "
                                    + versions.get(j).version() + " are both in force on some day");
                }
            }
        }
    }

    private static boolean overlap(LawVersion a, LawVersion b) {
        LocalDate aFrom = a.inForceFrom() == null ? LocalDate.MIN : a.inForceFrom();
        LocalDate aTo = a.inForceTo() == null ? LocalDate.MAX : a.inForceTo();
        LocalDate bFrom = b.inForceFrom() == null ? LocalDate.MIN : b.inForceFrom();
        LocalDate bTo = b.inForceTo() == null ? LocalDate.MAX : b.inForceTo();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    /** The version in force on {@code day}; a user error if the data covers no such version. */
    public LawVersion versionInForce(LocalDate day) {
        return versions.stream()
                .filter(v -> v.inForceOn(day))
                .findFirst()
                .orElseThrow(() -> new DeadlineInputException("no version of law " + id + " is in force on " + day
                        + " in the data; versions cover: "
                        + versions.stream()
                                .map(v -> (v.inForceFrom() == null ? "…" : v.inForceFrom()) + " to "
                                        + (v.inForceTo() == null ? "…" : v.inForceTo()))
                                .toList()));
    }
}
