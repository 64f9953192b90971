package org.redress.store.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.redress.store.crypto.ColumnCipher;

/**
 * Turns a copy of a plain case database into an encrypted one: every column of {@link ContentColumns}, row by row,
 * sealed, tokenised or hashed exactly as the stores write it, then marked with the key. The plain database is only
 * read (through a {@code VACUUM INTO} snapshot), so a crash at any point leaves it as it was and the half-made copy is
 * simply made again.
 */
public final class ColumnEncryption {
    private ColumnEncryption() {}

    /** Makes {@code target} (which must not exist) as the encrypted copy of {@code plain}. */
    public static void encryptedCopy(Path plain, Path target, ColumnCipher cipher) throws IOException {
        if (!cipher.encrypts()) throw new IllegalArgumentException("an encrypted copy needs a case key");
        SqliteSnapshot.copy(plain, target);
        try (SqliteDatabase copy = SqliteDatabase.open(target)) { // migrates an older case; refuses an encrypted one
            Handle h = copy.handle();
            h.execute("PRAGMA foreign_keys = OFF"); // ids change under their references within the transaction
            h.useTransaction(tx -> {
                for (Map.Entry<String, List<ContentColumns.Column>> table :
                        byTable().entrySet()) convert(tx, table.getKey(), table.getValue(), cipher);
                EncryptionMark.mark(tx, cipher);
            });
            // The rows were rewritten in place: the plain values they replaced may still lie in free pages and in
            // the write-ahead log. VACUUM rewrites the file from the encrypted rows alone.
            h.execute("PRAGMA foreign_keys = ON");
            h.execute("VACUUM");
            h.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static Map<String, List<ContentColumns.Column>> byTable() {
        Map<String, List<ContentColumns.Column>> tables = new LinkedHashMap<>();
        for (ContentColumns.Column c : ContentColumns.ALL)
            tables.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c);
        return tables;
    }

    private static void convert(Handle tx, String table, List<ContentColumns.Column> columns, ColumnCipher cipher) {
        Set<String> read = new LinkedHashSet<>();
        for (ContentColumns.Column c : columns) {
            read.add(c.name());
            read.addAll(c.rowKey());
        }
        List<Map<String, Object>> rows = tx.createQuery(
                        "SELECT rowid AS row_id, " + String.join(", ", read) + " FROM " + table)
                .mapToMap()
                .list();
        StringBuilder set = new StringBuilder();
        for (ContentColumns.Column c : columns)
            set.append(set.length() == 0 ? "" : ", ")
                    .append(c.name())
                    .append(" = :")
                    .append(c.name());
        String sql = "UPDATE " + table + " SET " + set + " WHERE rowid = :row_id";
        for (Map<String, Object> row : rows) {
            Update update = tx.createUpdate(sql).bind("row_id", row.get("row_id"));
            for (ContentColumns.Column c : columns) update.bind(c.name(), ColumnCodec.stored(c, row, cipher));
            update.execute();
        }
    }
}
