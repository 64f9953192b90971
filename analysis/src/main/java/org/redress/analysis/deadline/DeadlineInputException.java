package org.redress.analysis.deadline;

/** A user error: unknown law or calendar, no version in force, a request the law does not allow. */
public class DeadlineInputException extends org.redress.core.UserMistake {
    public DeadlineInputException(String message) {
        super(message);
    }
}
