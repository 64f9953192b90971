package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.store.sqlite.CanaryCase.CANARY;
import static org.redress.store.sqlite.CanaryCase.EVENT;
import static org.redress.store.sqlite.CanaryCase.ID_CANARY;
import static org.redress.store.sqlite.CanaryCase.MAIL;
import static org.redress.store.sqlite.CanaryCase.PAGE_TEXT;
import static org.redress.store.sqlite.CanaryCase.bytesHold;
import static org.redress.store.sqlite.CanaryCase.canaryFlag;
import static org.redress.store.sqlite.CanaryCase.fill;
import static org.redress.store.sqlite.CanaryCase.textDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Page;
import org.redress.core.marks.MarkStage;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;

/**
 * Encrypted cases made by older builds are brought up to date when they open: plain user ids sealed (with the
 * VACUUM that clears their old pages finished even after a crash), plain mark terms dropped to be marked again.
 */
class EncryptedCaseUpgradeTest {
    @TempDir
    Path dir;

    private final ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));

    /**
     * An encrypted case made before its user ids were sealed (scheme v1) holds them plain: the first open turns them
     * into tokens, in one transaction, and the stores read back everything as before, with no id left in the bytes.
     */
    @Test
    void anOlderEncryptedCaseHasItsPlainIdsSealedWhenItOpens() throws IOException {
        CanaryCase.Snapshot before = fill(dir.resolve("plain.db"));
        Path file = dir.resolve("sealed.db");
        ColumnEncryption.encryptedCopy(dir.resolve("plain.db"), file, cipher);
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // as an older build left it: the ids plain
            db.handle().useTransaction(tx -> {
                tx.execute("PRAGMA defer_foreign_keys = ON");
                for (ContentColumns.Column c : ContentColumns.userIds()) {
                    for (String token : tx.createQuery("SELECT DISTINCT " + c.name() + " FROM " + c.table() + " WHERE "
                                    + c.name() + " IS NOT NULL")
                            .mapTo(String.class)
                            .list())
                        tx.createUpdate("UPDATE " + c.table() + " SET " + c.name() + " = ? WHERE " + c.name() + " = ?")
                                .bind(0, cipher.untoken(c.label(), token))
                                .bind(1, token)
                                .execute();
                }
                tx.execute("UPDATE column_encryption SET scheme = ?", EncryptionMark.SCHEME_V1);
            });
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, ID_CANARY)).isTrue(); // the test would see them stay plain

        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) {
            assertThat(EncryptionMark.scheme(db.handle())).isEqualTo(EncryptionMark.SCHEME);
            assertThat(CanaryCase.Snapshot.of(db)).isEqualTo(before);
            assertThat(db.handle()
                            .createQuery("SELECT id FROM cm_events")
                            .mapTo(String.class)
                            .one())
                    .isEqualTo(cipher.token(ContentColumns.EVENT_ID, EVENT));
        }
        assertThat(bytesHold(file, ID_CANARY)).isFalse();
        assertThat(bytesHold(file, CANARY)).isFalse();
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // a second open changes nothing
            assertThat(CanaryCase.Snapshot.of(db)).isEqualTo(before);
            // a crash after the ids were sealed but before VACUUM: their plain values still in free pages
            db.handle().execute("CREATE TABLE scratch(x TEXT)");
            db.handle().execute("INSERT INTO scratch VALUES (?)", EVENT);
            db.handle().execute("DROP TABLE scratch");
            db.handle().execute("UPDATE column_encryption SET scheme = ?", UserIdSealing.VACUUM_PENDING);
            db.handle().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(bytesHold(file, ID_CANARY)).isTrue();
        try (SqliteDatabase db = SqliteDatabase.open(file, cipher)) { // the next open finishes it
            assertThat(EncryptionMark.scheme(db.handle())).isEqualTo(EncryptionMark.SCHEME);
            assertThat(CanaryCase.Snapshot.of(db)).isEqualTo(before);
        }
        assertThat(bytesHold(file, ID_CANARY)).isFalse();
    }

    /**
     * An encrypted case made before V19 holds its marks' code and label plain, which no longer open: V19 drops its
     * marks and their runs, to be marked again, sealed. A plain case keeps them.
     */
    @Test
    void markTermsWrittenPlainByAnOlderEncryptedCaseAreDroppedToBeMarkedAgain() {
        for (ColumnCipher each : List.of(cipher, ColumnCipher.PLAIN)) {
            Path file = dir.resolve((each.encrypts() ? "sealed" : "plain") + "-old.db");
            try (SqliteDatabase db = SqliteDatabase.open(file, each)) {
                new SqliteDocumentStore(db)
                        .saveExtraction(textDocument(MAIL, null, 1), List.of(new Page(MAIL, 1, PAGE_TEXT, false)));
                new SqliteMarkStore(db).replaceMarks(MAIL, MarkStage.FLAGS, "lexicon", List.of(canaryFlag(MAIL)));
                // as the store wrote them before: the term and the lexicon's name plain; V19 not yet applied
                db.handle().execute("UPDATE marks SET code = 'term', label = 'lexicon'");
                db.handle().execute("DELETE FROM flyway_schema_history WHERE version = '19'");
            }
            try (SqliteDatabase db = SqliteDatabase.open(file, each)) {
                var marks = new SqliteMarkStore(db);
                if (each.encrypts()) {
                    assertThat(marks.marks(null, null)).isEmpty();
                    assertThat(marks.markedWith(MAIL)).isEmpty();
                } else {
                    assertThat(marks.marks(null, null))
                            .singleElement()
                            .satisfies(m -> assertThat(m.code()).isEqualTo("term"));
                    assertThat(marks.markedWith(MAIL)).containsEntry(MarkStage.FLAGS, "lexicon");
                }
            }
        }
    }
}
