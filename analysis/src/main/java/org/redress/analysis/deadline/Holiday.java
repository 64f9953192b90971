package org.redress.analysis.deadline;

import java.time.LocalDate;

/**
 * One occurrence of a holiday: {@code date} is the day offices are closed (the observed day),
 * {@code actual} the calendar date the statute names; they differ when a weekend date is moved.
 */
public record Holiday(LocalDate date, LocalDate actual, String name, String statute) {

    public boolean observed() {
        return !date.equals(actual);
    }

    /** The name as shown to users, marking moved days the way the statutes and OPM do. */
    public String displayName() {
        return observed() ? name + " (observed)" : name;
    }
}
