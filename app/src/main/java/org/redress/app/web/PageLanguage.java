package org.redress.app.web;

import io.javalin.http.Context;
import java.util.Locale;

/** The reader's language: {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's first choice. */
public final class PageLanguage {
    private PageLanguage() {}

    /** The interface words in the reader's language. */
    public static Messages messages(Context ctx) {
        return Messages.forLanguage(of(ctx));
    }

    static String of(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            ctx.cookie("lang", "es".equals(lang) ? "es" : "en");
            return lang;
        }
        String cookie = ctx.cookie("lang");
        if (cookie != null) return cookie;
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
    }
}
