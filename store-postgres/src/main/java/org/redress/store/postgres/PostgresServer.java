package org.redress.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.store.crypto.ColumnCipher;

/**
 * The database server of a team: one PostgreSQL database holding every case, each in its own schema, migrated by
 * Flyway (its history table inside the schema) the first time this process opens the case. Short statements (the
 * ingest queue, the users) borrow a connection from a pool (HikariCP) and give it back: opening one
 * per statement cost a PostgreSQL backend process each time. Each case database opened from here keeps a connection
 * of its own for as long as it is open, as each embedded store has its own, so those are not taken from the pool,
 * which they would hold for good; so does each lock of a queue ({@link FileQueue#exclusively}), which must end with
 * its connection. {@link #close} closes the pool.
 */
public final class PostgresServer implements AutoCloseable {
    /** Pooled connections when the caller names no number: a web server's or a command's short statements. */
    public static final int DEFAULT_CONNECTIONS = 10;

    private final HikariDataSource pool;
    /**
     * Connections opened on the server directly: the migrations' (Flyway takes two at once, which a small pool could
     * not give while its other connections are busy), each case database's and each queue lock's.
     */
    private final PGSimpleDataSource direct;

    private final Jdbi jdbi;
    /** A connection of its own for each case database and each queue lock, opened on the server directly. */
    private final Jdbi caseConnections;

    private final String where;
    private final Set<CaseName> migrated = ConcurrentHashMap.newKeySet();
    private boolean usersMigrated;

    private PostgresServer(PGSimpleDataSource direct, HikariDataSource pool, String where) {
        this.pool = pool;
        this.direct = direct;
        this.jdbi = quiet(Jdbi.create(pool));
        this.caseConnections = quiet(Jdbi.create(direct));
        this.where = where;
    }

    /** As in the embedded case: no bound value (a page's text, a watched name) in a failed statement's message. */
    private static Jdbi quiet(Jdbi jdbi) {
        jdbi.installPlugin(new PostgresPlugin());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    /** The server with {@link #DEFAULT_CONNECTIONS} pooled connections; see {@link #connect(String, String, String, int)}. */
    public static PostgresServer connect(String url, String user, String password) {
        return connect(url, user, password, DEFAULT_CONNECTIONS);
    }

    /**
     * The server at a JDBC URL ({@code jdbc:postgresql://host:port/database}), checked by connecting once, with at most
     * {@code connections} pooled connections for short statements. The password (null for none) is never part of a
     * message.
     */
    public static PostgresServer connect(String url, String user, String password, int connections) {
        if (url == null || !url.startsWith("jdbc:postgresql://"))
            throw new UserMistake("the database URL must start with jdbc:postgresql://");
        if (connections < 1) throw new IllegalArgumentException("a pool holds at least one connection");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        String where = hostAndDatabase(url);
        try {
            dataSource.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new UserMistake("the database URL is not a PostgreSQL JDBC URL: " + where);
        }
        dataSource.setUser(user);
        if (password != null) dataSource.setPassword(password);
        dataSource.setApplicationName("redress");
        // a peer gone without a word (a machine lost) is noticed on idle connections too, lock connections above all
        dataSource.setTcpKeepAlive(true);
        try {
            dataSource.getConnection().close(); // reached, and the login accepted
        } catch (SQLException e) {
            // The driver's own words (refused, authentication failed, no such database) without the URL's options.
            throw new ServerUnreachableException(where, e);
        }
        return new PostgresServer(dataSource, pool(dataSource, connections), where);
    }

    private static HikariDataSource pool(PGSimpleDataSource dataSource, int connections) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("redress-postgres");
        config.setMaximumPoolSize(connections);
        // Idle connections are closed after a minute down to these: a worker between productions holds few.
        config.setMinimumIdle(Math.min(2, connections));
        config.setIdleTimeout(60_000);
        config.setInitializationFailTimeout(-1); // reached just above; a later outage fails the statement, not here
        return new HikariDataSource(config);
    }

    /** Closes the pool's connections; case databases opened from here close with their stores. */
    @Override
    public void close() {
        pool.close();
    }

    /** Creates a new case on the server; refused when the name is taken. */
    public PostgresDatabase create(CaseName name, ColumnCipher cipher) {
        if (exists(name)) throw new UserMistake("there is already a case named " + name + " on " + where);
        migrate(name);
        return PostgresDatabase.open(caseConnections, name, cipher);
    }

    /** Opens a case of the server, bringing its schema up to date the first time; a NotFound when there is none. */
    public PostgresDatabase open(CaseName name, ColumnCipher cipher) {
        if (!migrated.contains(name)) {
            if (!exists(name)) throw new NotFound("there is no case named " + name + " on " + where);
            migrate(name);
        }
        return PostgresDatabase.open(caseConnections, name, cipher);
    }

    /** The ingest queue of a plain case; see {@link #queue(CaseName, ColumnCipher)}. */
    public FileQueue queue(CaseName name) {
        return queue(name, ColumnCipher.PLAIN);
    }

    /**
     * The ingest queue of a case of the server, its names sealed with the case's {@code cipher}, its schema brought up
     * to date first; a NotFound when there is none.
     */
    public FileQueue queue(CaseName name, ColumnCipher cipher) {
        if (!migrated.contains(name)) {
            if (!exists(name)) throw new NotFound("there is no case named " + name + " on " + where);
            migrate(name);
        }
        return new FileQueue(jdbi, caseConnections, name, cipher);
    }

    /** The users of the server (issue 13), their schema brought up to date the first time. */
    public synchronized PostgresUserStore users() {
        if (!usersMigrated) {
            Flyway.configure()
                    .dataSource(direct)
                    .schemas(PostgresUserStore.SCHEMA)
                    .defaultSchema(PostgresUserStore.SCHEMA)
                    .createSchemas(true)
                    .locations("classpath:db/server")
                    .loggers("slf4j")
                    .load()
                    .migrate();
            usersMigrated = true;
        }
        return new PostgresUserStore(jdbi);
    }

    /** The cases on the server, by name. */
    public List<CaseName> cases() {
        return jdbi
                .withHandle(
                        h -> h.createQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'case\\_%' ORDER BY 1")
                                .mapTo(String.class)
                                .list())
                .stream()
                .map(CaseName::ofSchema)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Removes a case's schema and all it holds (an import that failed takes back the case it made). */
    public void drop(CaseName name) {
        // The schema's name comes from CaseName, letters, digits and '_' only: safe to put in the statement.
        jdbi.useHandle(h -> h.execute("DROP SCHEMA IF EXISTS " + name.schema() + " CASCADE"));
        migrated.remove(name);
    }

    public boolean exists(CaseName name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = :s)")
                .bind("s", name.schema())
                .mapTo(Boolean.class)
                .one());
    }

    private void migrate(CaseName name) {
        Flyway.configure()
                .dataSource(direct)
                .schemas(name.schema())
                .defaultSchema(name.schema())
                .createSchemas(true)
                .locations("classpath:db/postgres")
                .loggers("slf4j")
                .load()
                .migrate();
        migrated.add(name);
    }

    /** Host, port and database of a JDBC URL: what a message may say of it (its options may hold a password). */
    static String hostAndDatabase(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        int options = rest.indexOf('?');
        return options < 0 ? rest : rest.substring(0, options);
    }

    /** The server could not be reached, or refused the login: the user fixes the server file or starts the server. */
    public static final class ServerUnreachableException extends UserMistake {
        private static final long serialVersionUID = 1L;

        ServerUnreachableException(String where, SQLException cause) {
            super("could not connect to the database server " + where + ": " + firstLine(cause.getMessage()), cause);
        }

        private static String firstLine(String message) {
            if (message == null) return "no answer";
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }
}
