package org.redress.analysis.redaction;

/**
 * A personal identifier found in a text: its kind, where it is ({@code [start, end)}) and its value written one way
 * (an A-number as {@code A012345678}, a phone as E.164 {@code +18025550142}, an SSN as {@code 123-45-6789}, a date as
 * ISO {@code 2017-03-16}). Its toString leaves the value out: identifiers never reach a log.
 */
public record Identifier(Kind kind, int start, int end, String value) {

    /** What was found. */
    public enum Kind {
        A_NUMBER("a-number"),
        SSN("ssn"),
        PHONE("phone"),
        DATE("date");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The kind as the JSON and the database write it. */
        public String code() {
            return code;
        }
    }

    @Override
    public String toString() {
        return "Identifier[" + kind.code() + ", " + start + ".." + end + "]";
    }
}
