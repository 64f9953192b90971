package org.redress.analysis.deadline;

/** The deadlines a records request has, each with the id scripts see in JSON ("response_due"). */
public enum DeadlineKind {
    INITIAL_RESPONSE("response_due"),
    EXTENDED_RESPONSE("extended_due"),
    EXPEDITED_DECISION("expedited_decision_due"),
    APPEAL_WINDOW("appeal_window_closes"),
    APPEAL_DECISION("appeal_decision_due");

    private final String id;

    DeadlineKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
