package org.redress.core.casemodel;

/** Case-model input that cannot be accepted; the message says what and where. */
public final class CaseModelException extends org.redress.core.UserMistake {
    private static final long serialVersionUID = 1L;

    public CaseModelException(String message) {
        super(message);
    }
}
