package org.redress.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseKeyring;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.ServerCase;
import org.redress.app.wiring.ServerConfig;
import org.redress.application.audit.AuditTrail;
import org.redress.store.postgres.CaseName;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The --case option every case command takes, defaulting to $REDRESS_CASE: a case folder, or with --server FILE (or
 * $REDRESS_SERVER) the name of a case on that team server; and --key-file FILE, where the passphrase of an encrypted
 * case is read from (else $REDRESS_PASSPHRASE, else the terminal asks).
 */
public final class CaseOption {
    @Option(
            names = "--case",
            paramLabel = "DIR|NAME",
            description = "The case folder, or with --server the case's name on the server (default: $REDRESS_CASE).")
    Path dir;

    @Option(
            names = "--server",
            paramLabel = "FILE",
            description = "A team server's file (db.url, db.user, db.password or db.password.file, search.url,"
                    + " blobs.dir): --case is then a case name on it (default: $REDRESS_SERVER).")
    Path server;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description = "An encrypted case's passphrase, read from this file"
                    + " (default: $REDRESS_PASSPHRASE, else asked on the terminal).")
    Path keyFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The passphrase file given with --key-file, or null. */
    public Path keyFile() {
        return keyFile;
    }

    /** The case folder, for the commands that work on a case folder only: refused plainly for a server case. */
    public Path folder() {
        if (serverFile() != null)
            throw new CaseException("'" + commandName() + "' does not work on a case on a server yet;"
                    + " run it on a case folder (--case DIR, without --server or $REDRESS_SERVER)");
        return caseArgument();
    }

    /** Whether --case names a case on a team server (--server or $REDRESS_SERVER). */
    public boolean onServer() {
        return serverFile() != null;
    }

    /** Opens the case, in its folder or on its server. */
    public CaseServices open() throws IOException {
        if (!onServer()) return CaseServices.open(folder());
        return CaseServices.open(serverConfig(), caseName());
    }

    /** The users of the team server named by --server (for a case on a server only). */
    public org.redress.app.wiring.ServerUsers serverUsers() {
        return org.redress.app.wiring.ServerUsers.open(serverConfig());
    }

    /** Makes the case, encrypted when {@code encrypt} (or reopens it without harm). */
    public CaseServices init(boolean encrypt) throws IOException {
        if (!onServer()) return CaseServices.init(folder(), encrypt);
        return CaseServices.init(serverConfig(), caseName(), encrypt);
    }

    /**
     * The new case an import makes, encrypted when {@code encrypt}: this folder, or this name on the server (refused
     * when either holds a case).
     */
    public org.redress.app.wiring.CaseArchiveImport.NewCase importTarget(boolean encrypt) {
        if (!onServer()) return org.redress.app.wiring.ImportTargets.folder(folder(), encrypt);
        return org.redress.app.wiring.ImportTargets.server(serverConfig(), caseName(), encrypt);
    }

    /** The case's audit trail, without opening the rest of it. */
    public AuditTrail audit() {
        if (!onServer()) return CaseServices.audit(folder());
        return CaseServices.audit(serverConfig(), caseName());
    }

    /** Where the case is, as a message may say it: its folder, or its name on the server. */
    public String describe() {
        if (!onServer()) return folder().toAbsolutePath().toString();
        return "'" + caseName() + "' on the server of " + serverFile();
    }

    private Path caseArgument() {
        if (keyFile != null) CaseKeyring.useKeyFile(keyFile);
        if (dir != null) return dir;
        String env = System.getenv("REDRESS_CASE");
        if (env != null && !env.isBlank()) return Path.of(env);
        throw new CaseException(
                onServer()
                        ? "say which case on the server: --case NAME, or set REDRESS_CASE"
                        : "say which case: --case DIR, or set REDRESS_CASE");
    }

    private CaseName caseName() {
        return ServerCase.caseName(caseArgument().toString());
    }

    private ServerConfig serverConfig() {
        return ServerConfig.read(serverFile());
    }

    private Path serverFile() {
        if (server != null) return server;
        String env = System.getenv("REDRESS_SERVER");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /** The command's name; inside another mixin (requests' options) picocli knows no name, and this says so. */
    private String commandName() {
        String name = command == null ? "" : command.qualifiedName(" ");
        return name.isEmpty() || name.contains("<main class>") ? "this command" : name;
    }
}
