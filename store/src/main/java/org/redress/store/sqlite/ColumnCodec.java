package org.redress.store.sqlite;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.corpus.Sha256;
import org.redress.store.crypto.ColumnCipher;

/**
 * A row's content columns between their plain values and their stored form, exactly as the stores write and read
 * them: the one place that turns a whole row of {@link ContentColumns} either way (encrypting a plain database, and a
 * case archive's rows read from or written into any case database).
 */
final class ColumnCodec {
    private ColumnCodec() {}

    /** The stored form of one column of a plain row. */
    static String stored(ContentColumns.Column c, Map<String, Object> plainRow, ColumnCipher cipher) {
        Object value = plainRow.get(c.name());
        String text = value == null ? null : value.toString();
        return switch (c.kind()) {
            case SEALED -> cipher.seal(c.label(), rowKey(c, plainRow), text);
            case TOKEN -> cipher.token(c.label(), text);
            case HASH -> {
                if (text == null || text.isEmpty()) yield text;
                if (!Sha256.isHex(text))
                    throw new IllegalStateException("column " + c.label() + " holds a value that is not a SHA-256");
                yield cipher.hash(text);
            }
        };
    }

    /** A plain row as stored: its content columns sealed, tokenised or hashed. */
    static Map<String, Object> encode(
            List<ContentColumns.Column> columns, Map<String, Object> plainRow, ColumnCipher c) {
        Map<String, Object> stored = new HashMap<>(plainRow);
        for (ContentColumns.Column column : columns)
            if (plainRow.containsKey(column.name())) stored.put(column.name(), stored(column, plainRow, c));
        return stored;
    }

    /**
     * A stored row made plain: tokens and hashes first, then each sealed value once the columns of its row key are
     * plain (a sealed value may be bound to another sealed column, as an organisation's notes to its name).
     */
    static Map<String, Object> decode(
            List<ContentColumns.Column> columns, Map<String, Object> storedRow, ColumnCipher c) {
        Map<String, Object> plain = new HashMap<>(storedRow);
        Set<String> pending = new HashSet<>();
        for (ContentColumns.Column column : columns) {
            if (!storedRow.containsKey(column.name())) continue;
            String text = text(storedRow.get(column.name()));
            switch (column.kind()) {
                case TOKEN -> plain.put(column.name(), c.untoken(column.label(), text));
                case HASH -> plain.put(column.name(), text == null || text.isEmpty() ? text : c.unhash(text));
                case SEALED -> pending.add(column.name());
            }
        }
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (ContentColumns.Column column : columns) {
                if (!pending.contains(column.name()) || column.rowKey().stream().anyMatch(pending::contains)) continue;
                plain.put(
                        column.name(),
                        c.open(column.label(), rowKey(column, plain), text(storedRow.get(column.name()))));
                pending.remove(column.name());
                progress = true;
            }
            if (!progress) throw new IllegalStateException("the sealed columns of a table are bound to each other");
        }
        return plain;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String rowKey(ContentColumns.Column c, Map<String, Object> plainRow) {
        return Rows.key(c.rowKey().stream().map(plainRow::get).toArray());
    }
}
