package org.redress.app.wiring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.store.postgres.PostgresServer;

/**
 * The team server's database as this process reaches it: one {@link PostgresServer}, and so one connection pool, per
 * database and login, shared by every case, command and web request of the process, and closed when the process
 * shuts down. A pool per case opened would keep idle connections for each, and the server allows only so many.
 */
final class ServerConnections {
    private static final Map<String, PostgresServer> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> OPEN.values().forEach(PostgresServer::close), "database-pools"));
    }

    private ServerConnections() {}

    /** The database of {@code config}, connected on first use (a server that cannot be reached is tried again). */
    static PostgresServer of(ServerConfig config) {
        // the key stays in memory: it is never printed
        String key = config.dbUrl() + '\n' + config.dbUser() + '\n' + config.dbPassword();
        return OPEN.computeIfAbsent(
                key, k -> PostgresServer.connect(config.dbUrl(), config.dbUser(), config.dbPassword()));
    }
}
