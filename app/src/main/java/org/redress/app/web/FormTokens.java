package org.redress.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens on every form, beside the same-origin rule: one after-filter writes the token into every
 * {@code <form method="post">} the server renders (so no template can forget it), and one before-filter
 * refuses a form post without it. The token is an HMAC, so it needs no storage: of the access token for a case
 * folder (one reader), and, on a team server, of a key derived from the server's secrets key and what the request's
 * forms are bound to (its session, or the login form's secret; {@link UserGate#formBinding}), so one user's token is
 * no other's, and every process of the server gives out and accepts the same tokens.
 */
final class FormTokens {
    static final String FIELD = "_csrf";
    private static final String PURPOSE = "redress form token v1";
    private static final Pattern POST_FORM =
            Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private final byte[] key;
    private final Function<Context, String> binding;

    /** The tokens of a case folder's server: one token, from its access token. */
    FormTokens(AccessToken access) {
        this(access.value().getBytes(StandardCharsets.UTF_8), ctx -> "");
    }

    private FormTokens(byte[] key, Function<Context, String> binding) {
        this.key = key.clone();
        this.binding = binding;
    }

    /** The tokens of a team server's case: under the gate's key, each token bound to one session. */
    static FormTokens perSession(UserGate gate) {
        return new FormTokens(gate.formKey(), UserGate::formBinding);
    }

    /** The one token of a case folder's forms. */
    String value() {
        return token("");
    }

    /** The token of this request's forms, or null when it has nothing a token could be bound to. */
    private String valueFor(Context ctx) {
        String bound = binding.apply(ctx);
        return bound == null ? null : token(bound);
    }

    private String token(String bound) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = bound.isEmpty() ? PURPOSE : PURPOSE + "\n" + bound;
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The before-filter: a state-changing form post must carry the token. JSON cannot be sent cross-site without CORS. */
    void filter(Context ctx) {
        if (!SameOrigin.STATE_CHANGING.contains(ctx.method())) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) return;
        String sent = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")
                ? ctx.formParam(FIELD)
                : null;
        String expected = valueFor(ctx);
        if (sent == null
                || expected == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
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
        String token = valueFor(ctx);
        if (token == null) return;
        Matcher m = POST_FORM.matcher(html);
        ctx.result(m.replaceAll(r -> Matcher.quoteReplacement(
                r.group() + "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">")));
    }
}
