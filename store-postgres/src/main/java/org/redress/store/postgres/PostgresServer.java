package org.redress.store.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
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
 * Flyway (its history table inside the schema) the first time this process opens the case. Each database opened
 * from here is one connection, as each embedded store has its own.
 */
public final class PostgresServer {
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final String where;
    private final Set<CaseName> migrated = ConcurrentHashMap.newKeySet();
    private boolean usersMigrated;

    private PostgresServer(DataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // As in the embedded case: no bound value (a page's text, a watched name) in a failed statement's message.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.where = where;
    }

    /**
     * The server at a JDBC URL ({@code jdbc:postgresql://host:port/database}), checked by connecting once. The
     * password (null for none) is never part of a message.
     */
    public static PostgresServer connect(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql://"))
            throw new UserMistake("the database URL must start with jdbc:postgresql://");
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
        try {
            dataSource.getConnection().close(); // reached, and the login accepted
            return new PostgresServer(dataSource, where);
        } catch (SQLException e) {
            // The driver's own words (refused, authentication failed, no such database) without the URL's options.
            throw new ServerUnreachableException(where, e);
        }
    }

    /** Creates a new case on the server; refused when the name is taken. */
    public PostgresDatabase create(CaseName name, ColumnCipher cipher) {
        if (exists(name)) throw new UserMistake("there is already a case named " + name + " on " + where);
        migrate(name);
        return PostgresDatabase.open(jdbi, name, cipher);
    }

    /** Opens a case of the server, bringing its schema up to date the first time; a NotFound when there is none. */
    public PostgresDatabase open(CaseName name, ColumnCipher cipher) {
        if (!migrated.contains(name)) {
            if (!exists(name)) throw new NotFound("there is no case named " + name + " on " + where);
            migrate(name);
        }
        return PostgresDatabase.open(jdbi, name, cipher);
    }

    /** The ingest queue of a case of the server, its schema brought up to date first; a NotFound when there is none. */
    public FileQueue queue(CaseName name) {
        if (!migrated.contains(name)) {
            if (!exists(name)) throw new NotFound("there is no case named " + name + " on " + where);
            migrate(name);
        }
        return new FileQueue(jdbi, name);
    }

    /** The users of the server (issue 13), their schema brought up to date the first time. */
    public synchronized PostgresUserStore users() {
        if (!usersMigrated) {
            Flyway.configure()
                    .dataSource(dataSource)
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
                .dataSource(dataSource)
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
