package org.redress.core.requests;

/** A value of a records request that cannot be accepted; names the field so forms and APIs can point at it. */
public class InvalidRequestException extends org.redress.core.UserMistake {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name in front. */
    public String reason() {
        String m = getMessage();
        return m.startsWith(field + ": ") ? m.substring(field.length() + 2) : m;
    }
}
