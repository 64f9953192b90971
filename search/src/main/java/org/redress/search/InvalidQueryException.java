package org.redress.search;

/** A query the user typed that cannot be understood; the message says where and why. */
public final class InvalidQueryException extends org.redress.core.UserMistake {
    public InvalidQueryException(String query, Exception cause) {
        super(
                "The search '" + query + "' could not be understood: " + firstLine(cause.getMessage())
                        + ". Check quotes, brackets and field names (from:, to:, subject:, type:, source:, date:[2016-01-01 TO 2016-12-31]).",
                cause);
    }

    private static String firstLine(String message) {
        if (message == null) return "syntax error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
