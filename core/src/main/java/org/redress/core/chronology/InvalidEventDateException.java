package org.redress.core.chronology;

/** A date text that is not one of the forms a chronology accepts; the message quotes it and says why. */
public final class InvalidEventDateException extends org.redress.core.UserMistake {
    private static final long serialVersionUID = 1L;

    public InvalidEventDateException(String message) {
        super(message);
    }
}
