package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines of one version of a records law, in force from {@code inForceFrom} to {@code inForceTo}
 * (both inclusive; null means open). A request is judged by the version in force on the day it was received.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LawVersion(
        String version,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        String citation,
        String calendar,
        TimeLimit initialResponse,
        TimeLimit extension,
        List<TollingGround> tolling,
        TimeLimit expeditedDecision,
        TimeLimit appealWindow,
        List<TimeLimit> agencyAppealWindows,
        TimeLimit appealDecision,
        MissedDeadline missedDeadline,
        String note) {

    public LawVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(calendar, () -> "calendar of version " + version);
        Objects.requireNonNull(initialResponse, () -> "initialResponse of version " + version);
        tolling = tolling == null ? List.of() : List.copyOf(tolling);
        agencyAppealWindows = agencyAppealWindows == null ? List.of() : List.copyOf(agencyAppealWindows);
        if (inForceFrom != null && inForceTo != null && inForceTo.isBefore(inForceFrom)) {
            throw new IllegalArgumentException("version " + version + " ends before it starts");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return (inForceFrom == null || !day.isBefore(inForceFrom)) && (inForceTo == null || !day.isAfter(inForceTo));
    }

    /** The agency's own appeal window if its regulation sets one, else the law's. */
    public Optional<TimeLimit> appealWindowFor(String agency) {
        if (agency != null) {
            for (TimeLimit t : agencyAppealWindows) if (agency.equalsIgnoreCase(t.agency())) return Optional.of(t);
        }
        return Optional.ofNullable(appealWindow);
    }
}
