package org.redress.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.redress.app.wiring.CaseServices;
import org.redress.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the case's web pages and JSON API (under /api/v1/) on this machine.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = CaseServices.open(caseOption.folder())) {
            serve(c, host, port);
        }
        return 0;
    }

    static void serve(CaseServices c, String host, int port) throws InterruptedException {
        var app = new WebServer(c).start(host, port);
        System.out.println("Redress is serving " + c.folder().root() + " at http://" + host + ":" + app.port() + "/  (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
