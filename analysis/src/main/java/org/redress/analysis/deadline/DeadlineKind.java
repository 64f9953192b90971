package org.redress.analysis.deadline;

/** The deadlines a records request has. */
public enum DeadlineKind {
    INITIAL_RESPONSE,
    EXTENDED_RESPONSE,
    EXPEDITED_DECISION,
    APPEAL_WINDOW,
    APPEAL_DECISION
}
