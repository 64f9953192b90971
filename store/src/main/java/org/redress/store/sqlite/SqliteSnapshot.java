package org.redress.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A consistent copy of a live case database with {@code VACUUM INTO}: it reads inside one transaction, so a
 * writer (an ingest, the web server) may go on meanwhile and the copy is the database as of one moment.
 */
public final class SqliteSnapshot {
    private SqliteSnapshot() {}

    public static void copy(Path database, Path target) throws IOException {
        if (Files.exists(target)) throw new IOException("the snapshot target already exists: " + target);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 30000");
            }
            try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toAbsolutePath().toString());
                vacuum.execute();
            }
        } catch (SQLException e) {
            throw new IOException("the case database could not be copied: " + e.getMessage(), e);
        }
    }
}
