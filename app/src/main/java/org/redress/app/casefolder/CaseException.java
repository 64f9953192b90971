package org.redress.app.casefolder;

/** A mistake the user can fix (a wrong folder, a bad value): shown as it is, exit code 1. */
public class CaseException extends RuntimeException {
    public CaseException(String message) {
        super(message);
    }
}
