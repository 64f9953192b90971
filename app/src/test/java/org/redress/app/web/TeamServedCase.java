package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redress.app.cli.TestTeamServer;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.ServerConfig;
import org.redress.app.wiring.ServerUsers;
import org.redress.application.users.UserAdmin;
import org.redress.core.audit.AuditEntry;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;
import org.redress.store.postgres.CaseName;

/**
 * A case of the tests' team server (TestTeamServer: the real PostgreSQL and OpenSearch) served behind its login on a
 * free port of this machine, its users (named {@code NAME-RUN}, removed again at the end), and an HTTP client that
 * neither follows redirects nor keeps cookies, so each test says which cookies a request carries.
 */
final class TeamServedCase implements AutoCloseable {
    static final String PASSWORD = "a long test password, not a secret";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"" + FormTokens.FIELD + "\" value=\"([^\"]+)\"");

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String caseName;
    final CaseServices services;
    final ServerUsers users;
    private final Javalin server;
    private final UserGate gate;

    private TeamServedCase(ServerConfig config, String typedCase) throws java.io.IOException {
        this.services = CaseServices.open(config, CaseName.of(typedCase));
        this.caseName = services.folder().name();
        this.users = ServerUsers.open(config);
        this.gate = new UserGate(users.login(), caseName, users.formTokenKey());
        this.server = new WebServer(services, gate, List.of()).start("127.0.0.1", 0);
    }

    /** Serves the case {@code typedCase} (made before with {@code init}) of the server file. */
    static TeamServedCase open(Path serverFile, String typedCase) throws java.io.IOException {
        return new TeamServedCase(ServerConfig.read(serverFile), typedCase);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The route table of this server, for the tests that go through every route. */
    List<Endpoint> routes() {
        return new WebServer(services, gate, List.of()).endpoints();
    }

    /** The user {@code name}-RUN with {@link #PASSWORD}, a member of {@code cases}; its TOTP secret, or null. */
    String addUser(String name, Role role, String... cases) {
        UserAdmin.Changed added =
                users.admin().add(UserName.of(user(name)), role, PASSWORD.toCharArray(), List.of(cases), false);
        if (added.totpUri() == null) return null;
        Matcher m = Pattern.compile("secret=([A-Z2-7]+)").matcher(added.totpUri());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The full name of this run's user {@code name}. */
    String user(String name) {
        return name + "-" + run;
    }

    String apiToken(String name) {
        return users.admin().newApiToken(UserName.of(user(name)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post from this server's own page: its Origin, the cookies given, the fields url-encoded. */
    HttpRequest.Builder form(String path, String cookies, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = request(path)
                .header("Origin", base())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) b.header("Cookie", cookies);
        return b;
    }

    /** The form token of the first post form on a page. */
    static String formToken(String html) {
        Matcher m = FORM_TOKEN.matcher(html);
        assertThat(m.find()).as("a form token on the page").isTrue();
        return m.group(1);
    }

    /** The cookies an answer sets, as a Cookie header sends them back ({@code name=value; name=value}). */
    static String cookies(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(c -> !c.endsWith("="))
                .collect(Collectors.joining("; "));
    }

    /** One Set-Cookie header of an answer, whole (with its attributes). */
    static String setCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElse("");
    }

    /** The login form as a browser sends it: the page first (its cookie and form token), then the post. */
    HttpResponse<String> logIn(String name, String password, String code) throws Exception {
        HttpResponse<String> page = send(request("/login"));
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("password", password);
        fields.put("code", code == null ? "" : code);
        fields.put("next", "/");
        fields.put(FormTokens.FIELD, formToken(page.body()));
        return send(form("/login", cookies(page), fields));
    }

    /** The session cookie of a good login of this run's user {@code name} (no second factor). */
    String session(String name) throws Exception {
        HttpResponse<String> in = logIn(user(name), PASSWORD, null);
        assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
        String cookie = cookies(in);
        assertThat(cookie).contains(UserGate.SESSION_COOKIE + "=");
        return cookie;
    }

    /** The served case's audit log. */
    List<AuditEntry> audit() {
        return services.audit().entries(null, null, ZoneOffset.UTC).stream()
                .map(e -> e.entry())
                .toList();
    }

    /** Stops the server and removes this run's users (their sessions, tokens and memberships go with them). */
    @Override
    public void close() {
        server.stop();
        services.close();
        TestTeamServer.jdbi()
                .useHandle(h -> h.createUpdate("DELETE FROM redress_server.server_user WHERE name LIKE :like")
                        .bind("like", "%-" + run)
                        .execute());
    }
}
