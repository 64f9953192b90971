package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.store.sqlite.CanaryCase.CANARY;
import static org.redress.store.sqlite.CanaryCase.ID_CANARY;
import static org.redress.store.sqlite.CanaryCase.MAIL;
import static org.redress.store.sqlite.CanaryCase.PAGE_TEXT;
import static org.redress.store.sqlite.CanaryCase.bytesHold;
import static org.redress.store.sqlite.CanaryCase.canaryFlag;
import static org.redress.store.sqlite.CanaryCase.fill;
import static org.redress.store.sqlite.CanaryCase.textDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.marks.MarkStage;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.crypto.DamagedValueException;

/**
 * A plain case database filled through every store, converted, and read back through the same stores with the key:
 * everything is as it was, and no content is left in the file's bytes. Also: what the schema holds is all declared.
 */
class ColumnEncryptionTest {
    @TempDir
    Path dir;

    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    @Test
    void aConvertedDatabaseReadsBackTheSameThroughTheStoresAndHoldsNoContent() throws IOException {
        CanaryCase.Snapshot before = fill(dir.resolve("plain.db"));
        assertThat(bytesHold(dir.resolve("plain.db"), CANARY)).isTrue(); // the test would see a leak

        ColumnEncryption.encryptedCopy(dir.resolve("plain.db"), dir.resolve("sealed.db"), cipher);

        assertThat(bytesHold(dir.resolve("sealed.db"), CANARY)).isFalse();
        assertThat(bytesHold(dir.resolve("sealed.db"), ID_CANARY)).isFalse(); // nor an id a user typed
        assertThat(bytesHold(dir.resolve("sealed.db"), MAIL)).isFalse(); // nor the plain hash of an original
        assertThat(bytesHold(dir.resolve("sealed.db"), "25.50")).isFalse();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("sealed.db"), cipher)) {
            assertThat(CanaryCase.Snapshot.of(db)).isEqualTo(before);
        }
    }

    @Test
    void anEncryptedDatabaseWrittenByTheStoresHoldsNoContent() {
        Path file = dir.resolve("case.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) {
            var docs = new SqliteDocumentStore(db);
            docs.saveExtraction(textDocument(MAIL, "Title " + CANARY, 1), List.of(new Page(MAIL, 1, PAGE_TEXT, false)));
            new SqliteCaseModelStore(db).savePerson(new CasePerson(CANARY, List.of(), Role.SUBJECT, null, false, ""));
            var marks = new SqliteMarkStore(db);
            marks.replaceMarks(MAIL, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(MAIL)));
            assertThat(marks.marks(MarkStage.FLAGS, MAIL))
                    .singleElement()
                    .satisfies(f -> assertThat(f.code()).isEqualTo(CANARY.toLowerCase(Locale.ROOT)))
                    .satisfies(f -> assertThat(f.label()).isEqualTo("watchers of " + CANARY));
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, CANARY)).isFalse();
        assertThat(bytesHold(file, MAIL)).isFalse();
    }

    @Test
    void aValueMovedToAnotherRowFailsToOpenAndNamesOnlyItsColumn() {
        String other = Sha256.of("other".getBytes(StandardCharsets.UTF_8));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"), cipher)) {
            var docs = new SqliteDocumentStore(db);
            for (String id : List.of(MAIL, other))
                docs.saveExtraction(textDocument(id, "Title of " + id, 0), List.of());
            db.handle()
                    .execute(
                            "UPDATE documents SET title = (SELECT title FROM documents WHERE id = ?) WHERE id = ?",
                            cipher.hash(other),
                            cipher.hash(MAIL));
            assertThatThrownBy(() -> docs.document(MAIL))
                    .isInstanceOf(DamagedValueException.class)
                    .hasMessageContaining("documents.title")
                    .hasMessageNotContaining("Title");
            assertThat(docs.document(other)).get().extracting(Document::title).isEqualTo("Title of " + other);
        }
    }

    @Test
    void anEncryptedDatabaseIsRefusedWithoutItsKeyOrWithAnother() {
        SqliteDatabase.open(dir.resolve("case.db"), cipher).close();
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("case.db")))
                .hasMessageContaining("encrypted and was opened without its key");
        ColumnCipher another = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("case.db"), another))
                .hasMessageContaining("another case key");
        fill(dir.resolve("plain.db"));
        assertThatThrownBy(() -> SqliteDatabase.open(dir.resolve("plain.db"), cipher))
                .hasMessageContaining("redress encrypt");
    }

    @Test
    void everyTextColumnOfTheSchemaIsDeclaredEncryptedOrPlainWithAReason() {
        Set<String> declared = new HashSet<>();
        ContentColumns.ALL.forEach(c -> declared.add(c.table() + "." + c.name()));
        ContentColumns.PLAIN.forEach((t, cs) -> cs.forEach(c -> declared.add(t + "." + c)));
        List<String> undeclared = new ArrayList<>();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"))) {
            List<String> tables = db.handle()
                    .createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                    .mapTo(String.class)
                    .list();
            for (String table : tables) {
                db.handle()
                        .createQuery("SELECT name, type FROM pragma_table_info(:t)")
                        .bind("t", table)
                        .map((rs, ctx) -> {
                            String type = rs.getString(2).toUpperCase(Locale.ROOT);
                            if (!type.startsWith("INT")
                                    && !type.equals("REAL")
                                    && !declared.contains(table + "." + rs.getString(1)))
                                undeclared.add(table + "." + rs.getString(1));
                            return 0;
                        })
                        .list();
            }
        }
        // A new store's text columns go into ContentColumns (and through the cipher), or into its PLAIN list.
        assertThat(undeclared).isEmpty();
    }
}
