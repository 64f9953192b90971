package org.redress.app.wiring;

/** A mistake the user can fix (a wrong folder, a bad value): shown as it is, exit code 1. */
public class CaseException extends org.redress.core.UserMistake {
    public CaseException(String message) {
        super(message);
    }
}
