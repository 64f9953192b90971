package org.redress.app.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.redress.app.web.AccessToken;
import org.redress.app.web.Https;
import org.redress.app.web.KnownHosts;
import org.redress.app.web.UserGate;
import org.redress.app.web.WebServer;
import org.redress.app.wiring.CaseServices;
import org.redress.core.UserMistake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Unaudited("every request it answers is recorded by the web server's route table")
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the case's web pages and JSON API (under /api/v1/).",
            "A case folder is served on this machine only, to whoever opens the link it prints (it holds the case's"
                    + " access token).",
            "A case on a team server (--server FILE --case NAME) is served behind a login: the server's users who are"
                    + " members of the case log in at /login (with their one-time code if they are admins or"
                    + " attorneys), and scripts send an API token (redress users token NAME) as Authorization: Bearer"
                    + " TOKEN. It may listen on another address (--host); browsers keep its Secure session cookie on"
                    + " plain http only for 127.0.0.1 and localhost, so serve it to other machines over HTTPS"
                    + " (--tls-cert and --tls-key; see the README's \"Team server\")."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). A case folder is served on loopback"
                            + " addresses only; a case on a team server, behind its login, may listen on any"
                            + " (0.0.0.0: all), answering only to the names given here and with --allow-host.")
    String host;

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            description =
                    "Another name of this machine that browsers may use for it (repeatable), such as a name in /etc/hosts.")
    List<String> allowHosts = new ArrayList<>();

    @Option(
            names = "--tls-cert",
            paramLabel = "FILE",
            description =
                    "Serve over HTTPS with this certificate (PEM, the chain after it), with --tls-key: what a team"
                            + " server reached from other machines needs for its login to stick.")
    Path tlsCert;

    @Option(
            names = "--tls-key",
            paramLabel = "FILE",
            description = "The certificate's private key (PEM, without a passphrase), with --tls-cert.")
    Path tlsKey;

    @Override
    public Integer call() throws Exception {
        if ((tlsCert == null) != (tlsKey == null)) throw new UserMistake("HTTPS needs both --tls-cert and --tls-key.");
        Https https = tlsCert == null ? null : Https.fromPem(tlsCert, tlsKey);
        if (caseOption.onServer()) {
            try (CaseServices c = caseOption.open()) {
                var users = caseOption.serverUsers();
                serveWithLogin(
                        c,
                        new UserGate(users.login(), c.folder().name(), users.formTokenKey()),
                        new Listen(host, port, allowHosts, https));
            }
            return 0;
        }
        try (CaseServices c = CaseServices.open(caseOption.folder())) {
            serve(c, new Listen(host, port, allowHosts, https));
        }
        return 0;
    }

    /** Where and how to listen: the address, the port, the other names of this machine, and HTTPS or not (null). */
    record Listen(String host, int port, List<String> allowHosts, Https https) {
        Javalin start(WebServer server) {
            return server.start(host, port, https);
        }

        /** The address people open, for a server started as {@code app}. */
        String url(Javalin app) {
            return (https == null ? "http" : "https") + "://" + shown(host) + ":" + app.port() + "/";
        }

        /** Said after the link: which certificate it serves, so a person can check it is the one they meant. */
        String certificate() {
            return https == null ? "" : "\nOver HTTPS with the certificate " + https.subject() + ".";
        }

        List<String> names() {
            return ServeCommand.names(host, allowHosts);
        }
    }

    /** Serves a team server's case behind its users' login until Ctrl-C, on any address. */
    static void serveWithLogin(CaseServices c, UserGate users, Listen at) throws InterruptedException {
        var app = at.start(new WebServer(c, users, at.names()));
        System.out.println("Redress is serving the case '" + users.caseName() + "' of this team server at "
                + at.url(app) + " behind its login: its members log in at /login,"
                + " scripts send Authorization: Bearer TOKEN." + at.certificate() + "\n(Ctrl-C to stop)");
        untilStopped(app);
    }

    /** Serves the case until Ctrl-C, printing the one link that opens it. */
    static void serve(CaseServices c, Listen at) throws InterruptedException {
        String host = at.host();
        if (!KnownHosts.isLoopback(host)) {
            throw new UserMistake(
                    "Redress serves a case on this machine only (127.0.0.1, localhost or ::1): anyone who can "
                            + "reach '" + host
                            + "' could try the case's link. To serve a case to a network, put it on a team server"
                            + " (redress case export, then case import --server) and serve it there with its login.");
        }
        AccessToken token = AccessToken.of(System.getenv("REDRESS_SERVE_TOKEN"));
        var app = at.start(new WebServer(c, token, at.names()));
        System.out.println("Redress is serving " + c.folder().root()
                + ". Open this link (it holds the case's access token; " + "keep it private):\n  " + at.url(app)
                + "?token=" + token.value() + at.certificate() + "\n(Ctrl-C to stop)");
        untilStopped(app);
    }

    /** The names the server answers to besides the loopback ones: --allow-host and --host. */
    private static List<String> names(String host, List<String> allowHosts) {
        List<String> names = new ArrayList<>(allowHosts);
        names.add(host);
        return names;
    }

    private static String shown(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static void untilStopped(Javalin app) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
