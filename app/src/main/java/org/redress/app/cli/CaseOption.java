package org.redress.app.cli;

import java.nio.file.Path;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseKeyring;
import picocli.CommandLine.Option;

/**
 * The --case DIR option every case command takes, defaulting to $REDRESS_CASE, and --key-file FILE, where the
 * passphrase of an encrypted case is read from (else $REDRESS_PASSPHRASE, else the terminal asks).
 */
public final class CaseOption {
    @Option(names = "--case", paramLabel = "DIR", description = "The case folder (default: $REDRESS_CASE).")
    Path dir;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description = "An encrypted case's passphrase, read from this file"
                    + " (default: $REDRESS_PASSPHRASE, else asked on the terminal).")
    Path keyFile;

    /** The passphrase file given with --key-file, or null. */
    public Path keyFile() {
        return keyFile;
    }

    public Path folder() {
        if (keyFile != null) CaseKeyring.useKeyFile(keyFile);
        if (dir != null) return dir;
        String env = System.getenv("REDRESS_CASE");
        if (env != null && !env.isBlank()) return Path.of(env);
        throw new CaseException("say which case: --case DIR, or set REDRESS_CASE");
    }
}
