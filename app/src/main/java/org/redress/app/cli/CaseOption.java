package org.redress.app.cli;

import java.nio.file.Path;
import org.redress.app.wiring.CaseException;
import picocli.CommandLine.Option;

/** The --case DIR option every case command takes, defaulting to $REDRESS_CASE. */
public final class CaseOption {
    @Option(names = "--case", paramLabel = "DIR", description = "The case folder (default: $REDRESS_CASE).")
    Path dir;

    public Path folder() {
        if (dir != null) return dir;
        String env = System.getenv("REDRESS_CASE");
        if (env != null && !env.isBlank()) return Path.of(env);
        throw new CaseException("say which case: --case DIR, or set REDRESS_CASE");
    }
}
