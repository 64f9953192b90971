package org.redress.store.sqlite;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a case's database already has every migration this build ships, read from Flyway's history table. Flyway's
 * own migrate scans the class path, validates and locks even when there is nothing to do, and that dominated the
 * start of a short command such as {@code redress status}; when this says the schema is current, it is skipped. Any
 * doubt (no history table, a failed migration, a file it cannot list) answers "not current", and Flyway runs.
 */
final class SchemaCurrent {
    private static final String LOCATION = "db/sqlite/";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private SchemaCurrent() {}

    static boolean check(DataSource dataSource) {
        Set<String> shipped = shipped();
        if (shipped.isEmpty()) return false;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next()) return false;
            }
            Set<String> applied = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
                while (r.next()) {
                    if (r.getInt("success") != 1) return false; // a failed migration: Flyway must report it
                    if (r.getString("version") != null) applied.add(r.getString("version"));
                }
            }
            return applied.containsAll(shipped);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versions of the migration files on the class path ("1", "2" …), empty when they cannot be listed. */
    static Set<String> shipped() {
        Set<String> versions = new HashSet<>();
        URL url = SchemaCurrent.class.getClassLoader().getResource(LOCATION);
        if (url == null) return versions;
        try {
            if ("jar".equals(url.getProtocol())) {
                var connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(true);
                var entries = connection.getJarFile().entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(LOCATION)) add(versions, name.substring(LOCATION.length()));
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(f -> add(versions, f.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            versions.clear();
        }
        return versions;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) versions.add(m.group(1).replace('_', '.'));
    }
}
