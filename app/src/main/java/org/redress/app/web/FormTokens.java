package org.redress.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens on every form, beside the same-origin rule: one after-filter writes the token into every
 * {@code <form method="post">} the server renders (so no template can forget it), and one before-filter
 * refuses a form post without it. The token is derived from the access token, so it needs no storage.
 */
final class FormTokens {
    static final String FIELD = "_csrf";
    private static final Pattern POST_FORM =
            Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private final String token;

    FormTokens(AccessToken access) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(access.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.token = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal("redress form token v1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    String value() {
        return token;
    }

    /** The before-filter: a state-changing form post must carry the token. JSON cannot be sent cross-site without CORS. */
    void filter(Context ctx) {
        if (!SameOrigin.STATE_CHANGING.contains(ctx.method())) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) return;
        String sent = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")
                ? ctx.formParam(FIELD)
                : null;
        if (sent == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new SameOrigin.Forbidden(
                    "This form was not one this server gave out (its form token is missing or wrong) and was refused.");
        }
    }

    /** The after-filter: the token into every post form of an HTML answer. */
    void addToForms(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("text/html")) return;
        String html = ctx.result();
        if (html == null || !html.contains("<form")) return;
        Matcher m = POST_FORM.matcher(html);
        ctx.result(m.replaceAll(r -> Matcher.quoteReplacement(
                r.group() + "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">")));
    }
}
