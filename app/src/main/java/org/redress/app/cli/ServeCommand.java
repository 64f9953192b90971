package org.redress.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.redress.app.web.AccessToken;
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
                    + " http only for 127.0.0.1 and localhost (see the README's \"Team server\")."
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

    @Override
    public Integer call() throws Exception {
        if (caseOption.onServer()) {
            try (CaseServices c = caseOption.open()) {
                var users = caseOption.serverUsers();
                serveWithLogin(
                        c,
                        new UserGate(users.login(), c.folder().name(), users.formTokenKey()),
                        host,
                        port,
                        allowHosts);
            }
            return 0;
        }
        try (CaseServices c = CaseServices.open(caseOption.folder())) {
            serve(c, host, port, allowHosts);
        }
        return 0;
    }

    /** Serves a team server's case behind its users' login until Ctrl-C, on any address. */
    static void serveWithLogin(CaseServices c, UserGate users, String host, int port, List<String> allowHosts)
            throws InterruptedException {
        var app = new WebServer(c, users, names(host, allowHosts)).start(host, port);
        System.out.println("Redress is serving the case '" + users.caseName() + "' of this team server at "
                + "http://" + shown(host) + ":" + app.port() + "/ behind its login: its members log in at /login,"
                + " scripts send Authorization: Bearer TOKEN.\n(Ctrl-C to stop)");
        untilStopped(app);
    }

    /** Serves the case until Ctrl-C, printing the one link that opens it. */
    static void serve(CaseServices c, String host, int port, List<String> allowHosts) throws InterruptedException {
        if (!KnownHosts.isLoopback(host)) {
            throw new UserMistake(
                    "Redress serves a case on this machine only (127.0.0.1, localhost or ::1): anyone who can "
                            + "reach '" + host
                            + "' could try the case's link. To serve a case to a network, put it on a team server"
                            + " (redress case export, then case import --server) and serve it there with its login.");
        }
        AccessToken token = AccessToken.of(System.getenv("REDRESS_SERVE_TOKEN"));
        var app = new WebServer(c, token, names(host, allowHosts)).start(host, port);
        System.out.println("Redress is serving " + c.folder().root()
                + ". Open this link (it holds the case's access token; " + "keep it private):\n  http://" + shown(host)
                + ":" + app.port() + "/?token=" + token.value() + "\n(Ctrl-C to stop)");
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

    private static void untilStopped(io.javalin.Javalin app) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
