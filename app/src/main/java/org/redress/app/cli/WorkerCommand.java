package org.redress.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.QueueWorker;
import org.redress.app.wiring.ServerCase;
import org.redress.app.wiring.ServerConfig;
import org.redress.core.Count;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Read the files queued on a team server (redress ingest --server FILE --case NAME), for every case of",
            "the server or one: run it on any machine that reaches the database, the search cluster and the blob",
            "store, as many as you like. A worker stopped or killed leaves its files to the others."
        })
@Unaudited("a worker records nothing of its own: each file belongs to the ingest that queued it, which is recorded")
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--server", paramLabel = "FILE", description = "The team server's file (default: $REDRESS_SERVER).")
    Path server;

    @Option(
            names = "--case",
            paramLabel = "NAME",
            description = "Read only this case's files (default: every case of the server).")
    String caseName;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Files read at once (default: 1).")
    int threads;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "" + QueueWorker.DEFAULT_BATCH,
            description = {
                "Files a thread takes at once and reads in one ingest run (default: ${DEFAULT-VALUE}): the search",
                "index is refreshed and the watch list, marks and reuse run once per batch, not once per file."
            })
    int batch;

    @Option(names = "--once", description = "Stop when the queue is empty (for tests and scripts).")
    boolean once;

    @Option(names = "--json", description = "With --once: print one JSON summary at the end.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path file = server;
        if (file == null) {
            String env = System.getenv("REDRESS_SERVER");
            if (env == null || env.isBlank()) throw new CaseException("say which server: --server FILE");
            file = Path.of(env);
        }
        QueueWorker.Result result = new QueueWorker(
                        ServerConfig.read(file),
                        caseName == null ? null : ServerCase.caseName(caseName),
                        threads,
                        once,
                        batch)
                .run();
        if (json) System.out.println(Json.write(result));
        else System.out.println(Count.of(result.done(), "file", "files") + " read, " + result.failed() + " failed.");
        return 0;
    }
}
