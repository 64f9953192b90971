package org.redress.store.sqlite;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.redress.store.crypto.ColumnCipher;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded database of a case: one SQLite file, migrated by Flyway, in WAL mode so that
 * readers (the web server) never block the writer (ingest) and a crash loses no committed write.
 */
public final class SqliteDatabase implements CaseDatabase {
    private final Jdbi jdbi;
    private final Handle handle;
    private final ColumnCipher cipher;

    private SqliteDatabase(Jdbi jdbi, Handle handle, ColumnCipher cipher) {
        this.jdbi = jdbi;
        this.handle = handle;
        this.cipher = cipher;
    }

    /** The database of a plain case. */
    public static SqliteDatabase open(Path file) {
        return open(file, ColumnCipher.PLAIN);
    }

    /**
     * The database of a case whose content columns are stored through {@code cipher} ({@link ColumnCipher#PLAIN} for
     * a plain case). Refused when the database was encrypted under another key, or is encrypted and opened plain.
     */
    public static SqliteDatabase open(Path file, ColumnCipher cipher) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        // Sorts and temporary tables in memory: SQLite's temporary files would otherwise sit in /var/tmp or /tmp.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        if (!SchemaCurrent.check(dataSource)) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/sqlite")
                    .loggers("slf4j")
                    .outOfOrder(true) // features are built side by side: a case made before V2 existed must still open
                    .load()
                    .migrate();
        }
        Jdbi jdbi = Jdbi.create(dataSource);
        // Jdbi's default puts the bound values in a failed statement's message: names of the watch list, a page's
        // text. The SQLite error and nothing else reaches an error message or a trace.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        Handle handle = jdbi.open();
        try {
            EncryptionMark.check(handle, cipher, true);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
        return new SqliteDatabase(jdbi, handle, cipher);
    }

    @Override
    public ColumnCipher cipher() {
        return cipher;
    }

    /** The one long-lived handle; callers serialise access to it (SQLite has a single writer anyway). */
    @Override
    public Handle handle() {
        return handle;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        handle.close();
    }
}
