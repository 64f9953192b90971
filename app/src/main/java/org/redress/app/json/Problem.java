package org.redress.app.json;

/** An RFC 9457 problem details body: what went wrong, in plain words. */
public record Problem(String type, String title, int status, String detail) {
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
