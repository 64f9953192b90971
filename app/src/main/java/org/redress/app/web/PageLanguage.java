package org.redress.app.web;

import io.javalin.http.Context;
import java.util.Locale;

/** The reader's language: {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's first choice. */
public final class PageLanguage {
    private static final int YEAR = 365 * 24 * 60 * 60;

    private PageLanguage() {}

    /** The interface words in the reader's language. */
    public static Messages messages(Context ctx) {
        return Messages.forLanguage(of(ctx));
    }

    static String of(Context ctx) {
        return of(ctx, null);
    }

    /**
     * The same, where a page has a language of its own for a reader who has not chosen one ({@code fallback}, e.g.
     * the witness form is Spanish first); null: the browser's first choice.
     */
    public static Messages messages(Context ctx, String fallback) {
        return Messages.forLanguage(of(ctx, fallback));
    }

    private static String of(Context ctx, String fallback) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            ctx.cookie("lang", "es".equals(lang) ? "es" : "en", YEAR); // a choice that sticks, not for one visit
            return lang;
        }
        String cookie = ctx.cookie("lang");
        if (cookie != null) return cookie;
        if (fallback != null) return fallback;
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
    }
}
