package org.redress.core;

/**
 * A mistake the user can fix: a wrong value, an unknown name, a file that is not there, or a refusal
 * they can act on. Its message is written for the person who made it and is shown as it is (exit code 1,
 * HTTP 400). Anything else that escapes is a bug, answered as an internal failure (exit code 2, HTTP 500),
 * never as "a mistake you can fix".
 */
public class UserMistake extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserMistake(String message) {
        super(message);
    }

    public UserMistake(String message, Throwable cause) {
        super(message, cause);
    }
}
