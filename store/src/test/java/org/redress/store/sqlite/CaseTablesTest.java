package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/**
 * Every table of a case as plain rows: read from an encrypted database and written into a plain one, and from that
 * into one encrypted under another key, the stores answer exactly as they did over the first (ids and all); and no
 * table of the schema is left out of what is carried.
 */
class CaseTablesTest {
    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchemaIsCarriedOrSaidNotToBe() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"))) {
            List<String> tables = db.handle()
                    .createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                    .mapTo(String.class)
                    .list();
            assertThat(new TreeSet<>(tables))
                    .allMatch(t -> CaseTables.TABLES.contains(t) || CaseTables.NOT_CARRIED.contains(t));
            assertThat(tables).containsAll(CaseTables.TABLES);
        }
    }

    @Test
    void rowsCarriedThroughPlainAndAnotherKeyReadBackTheSameThroughTheStores() throws IOException {
        CanaryCase.Snapshot before = CanaryCase.fill(dir.resolve("plain.db"));
        ColumnCipher first = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        ColumnEncryption.encryptedCopy(dir.resolve("plain.db"), dir.resolve("sealed.db"), first);

        Map<String, List<Map<String, Object>>> rows;
        try (SqliteDatabase sealed = SqliteDatabase.open(dir.resolve("sealed.db"), first)) {
            rows = readAll(sealed);
        }
        assertThat(rows.get("documents")).hasSize(2);
        try (SqliteDatabase plain = SqliteDatabase.open(dir.resolve("carried.db"))) {
            writeAll(plain, rows);
            assertThat(CanaryCase.Snapshot.of(plain)).isEqualTo(before);
            rows = readAll(plain);
        }
        ColumnCipher second = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        try (SqliteDatabase resealed = SqliteDatabase.open(dir.resolve("resealed.db"), second)) {
            writeAll(resealed, rows);
            assertThat(CanaryCase.Snapshot.of(resealed)).isEqualTo(before);
            assertThat(CaseTables.count(resealed, "pages")).isEqualTo(2);
        }
    }

    @Test
    void aColumnTheTableDoesNotHaveIsRefusedAndNothingIsWritten() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"))) {
            CaseTables.Writer writer = CaseTables.writer(db);
            Map<String, Object> source = new HashMap<>(Map.of("id", 1, "name", "a", "ingested_at", "2020-01-01"));
            writer.insert("sources", source);
            source.put("id", 2);
            source.put("name); DROP TABLE pages; --", "x");
            assertThatThrownBy(() -> writer.insert("sources", source)).hasMessageContaining("no column");
            writer.rollback();
            assertThat(CaseTables.count(db, "sources")).isZero();
            assertThat(CaseTables.count(db, "pages")).isZero();
        }
    }

    private static Map<String, List<Map<String, Object>>> readAll(SqliteDatabase db) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        CaseTables.snapshot(db, h -> {
            for (String table : CaseTables.TABLES) {
                List<Map<String, Object>> list = new ArrayList<>();
                CaseTables.read(h, db, table, list::add);
                rows.put(table, list);
            }
        });
        return rows;
    }

    private static void writeAll(SqliteDatabase db, Map<String, List<Map<String, Object>>> rows) {
        CaseTables.Writer writer = CaseTables.writer(db);
        rows.forEach((table, list) -> list.forEach(row -> writer.insert(table, row)));
        writer.commit();
    }
}
