package org.redress.app.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.redress.app.wiring.CaseServices;

/** A case folder served on a free port of this machine, and an HTTP client that does not follow redirects. */
public final class ServedCase implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final CaseServices folder;
    private final Javalin server;

    private ServedCase(CaseServices folder) {
        this.folder = folder;
        this.server = new WebServer(folder, TestAccess.TOKEN, java.util.List.of()).start("127.0.0.1", 0);
    }

    public static ServedCase open(Path caseDir) throws IOException {
        return new ServedCase(CaseServices.open(caseDir));
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The link {@code redress serve} prints: opening it lets a browser in. */
    String entry() {
        return base() + "/?token=" + TestAccess.TOKEN.value();
    }

    /** A request as a script sends it, with the access token. */
    HttpRequest.Builder request(String path) {
        return TestAccess.authorized(URI.create(base() + path));
    }

    /** A request without the access token. */
    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of form fields, url-encoded as a browser sends them, with the form token the server's forms carry. */
    public HttpRequest.Builder form(String path, java.util.Map<String, String> fields) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.putIfAbsent(FormTokens.FIELD, TestAccess.formToken());
        return formWithout(path, all);
    }

    /** A POST of exactly these form fields (no form token unless given). */
    HttpRequest.Builder formWithout(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    @Override
    public void close() {
        server.stop();
        folder.close();
    }
}
