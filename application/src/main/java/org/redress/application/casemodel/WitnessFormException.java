package org.redress.application.casemodel;

import org.redress.core.UserMistake;

/**
 * A witness form or review that cannot be taken as sent. {@code key} names the mistake for the page's words
 * ({@code witness.error.<key>}); the message says it in English. Neither ever repeats what the witness wrote.
 */
public final class WitnessFormException extends UserMistake {
    private static final long serialVersionUID = 1L;
    private final String key;

    public WitnessFormException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
