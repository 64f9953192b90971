package org.redress.app.web;

import java.net.URI;
import java.net.http.HttpRequest;

/** The access token of the servers the tests start, and requests that carry it as a script would. */
public final class TestAccess {
    public static final AccessToken TOKEN = AccessToken.of("test-token-not-a-secret-0123456789");

    private TestAccess() {}

    public static HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN.value());
    }

    /** The form token the server writes into its forms for {@link #TOKEN}. */
    public static String formToken() {
        return new FormTokens(TOKEN).value();
    }
}
