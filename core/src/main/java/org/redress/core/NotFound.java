package org.redress.core;

/** The user named something the case does not hold (a document, an event, a request): HTTP 404, exit code 1. */
public class NotFound extends UserMistake {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
