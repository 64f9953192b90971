package org.redress.analysis.deadline;

/** How a statute counts its days. */
public enum CountingDays {
    /** Business (working) days: Saturdays, Sundays and the calendar's holidays are not counted. */
    BUSINESS,
    /** Calendar days: every day counts; only where the rule says so does a deadline on a non-working day move. */
    CALENDAR
}
