package org.redress.app.cli.users;

import java.nio.file.Path;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.ServerConfig;
import org.redress.app.wiring.ServerUsers;
import picocli.CommandLine.Option;

/** The --server FILE option of the user commands (default $REDRESS_SERVER): the team server whose users they manage. */
public final class ServerFile {
    @Option(names = "--server", paramLabel = "FILE", description = "The team server's file (default: $REDRESS_SERVER).")
    Path server;

    /** The users of the server named. */
    ServerUsers users() {
        Path file = server;
        if (file == null) {
            String env = System.getenv("REDRESS_SERVER");
            if (env == null || env.isBlank())
                throw new CaseException("say which server: --server FILE, or set REDRESS_SERVER");
            file = Path.of(env);
        }
        return ServerUsers.open(ServerConfig.read(file));
    }
}
