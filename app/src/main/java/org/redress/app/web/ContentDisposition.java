package org.redress.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A download's file name as RFC 6266 gives it: an ASCII fallback for old clients, and the real name,
 * accents and all ("Declaración.pdf"), percent-encoded in UTF-8 as {@code filename*}.
 */
public final class ContentDisposition {
    private ContentDisposition() {}

    public static String attachment(String name) {
        String fallback = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        // RFC 5987 attr-char: URLEncoder's form encoding differs only in spaces ("+") and "*", "~".
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
