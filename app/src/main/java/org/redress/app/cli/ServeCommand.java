package org.redress.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.redress.app.web.AccessToken;
import org.redress.app.web.KnownHosts;
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
        description = "Serve the case's web pages and JSON API (under /api/v1/) on this machine.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Only loopback addresses are allowed "
                            + "until the team server's login exists.")
    String host;

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            description =
                    "Another name of this machine that browsers may use for it (repeatable), such as a name in /etc/hosts.")
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = CaseServices.open(caseOption.folder())) {
            serve(c, host, port, allowHosts);
        }
        return 0;
    }

    /** Serves the case until Ctrl-C, printing the one link that opens it. */
    static void serve(CaseServices c, String host, int port, List<String> allowHosts) throws InterruptedException {
        if (!KnownHosts.isLoopback(host)) {
            throw new UserMistake(
                    "Redress serves a case on this machine only (127.0.0.1, localhost or ::1): anyone who can "
                            + "reach '" + host
                            + "' could try the case's link. Serving to a network needs the team server's login.");
        }
        AccessToken token = AccessToken.of(System.getenv("REDRESS_SERVE_TOKEN"));
        List<String> names = new ArrayList<>(allowHosts);
        names.add(host);
        var app = new WebServer(c, token, names).start(host, port);
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        System.out.println("Redress is serving " + c.folder().root()
                + ". Open this link (it holds the case's access token; " + "keep it private):\n  http://" + shown + ":"
                + app.port() + "/?token=" + token.value() + "\n(Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
