package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SchemaCurrentTest {
    @TempDir
    Path dir;

    private SQLiteDataSource source(Path file) {
        SQLiteDataSource s = new SQLiteDataSource();
        s.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return s;
    }

    @Test
    void listsEveryShippedMigration() {
        assertThat(SchemaCurrent.shipped()).contains("1", "2", "9", "18").doesNotContain("13");
    }

    @Test
    void aNewDatabaseIsNotCurrentAndAMigratedOneIs() throws Exception {
        Path file = dir.resolve("case.db");
        assertThat(SchemaCurrent.check(source(file))).isFalse();
        SqliteDatabase.open(file).close();
        assertThat(SchemaCurrent.check(source(file))).isTrue();
        // and it still opens, now without Flyway
        SqliteDatabase.open(file).close();
    }

    @Test
    void aFailedOrMissingMigrationIsNotCurrent() throws Exception {
        Path file = dir.resolve("case.db");
        SqliteDatabase.open(file).close();
        try (var c = source(file).getConnection();
                var s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '18'");
        }
        assertThat(SchemaCurrent.check(source(file))).isFalse();
        try (var c = source(file).getConnection();
                var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '18'");
        }
        assertThat(SchemaCurrent.check(source(file))).isFalse();
    }
}
