package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.mentions.Mention;
import org.redress.store.MentionStoreContract;

class SqliteMentionStoreTest extends MentionStoreContract {
    private SqliteDatabase db;

    @Override
    protected void open(Path dir) {
        documents = SqliteDocumentStore.open(dir.resolve("case.db"));
        db = SqliteDatabase.open(dir.resolve("case.db"));
        mentions = new SqliteMentionStore(db);
    }

    @Override
    protected void close() {
        mentions.close();
        documents.close();
    }

    @Test
    void aFailedWriteNamesNeitherThePersonNorTheWords() {
        String a = document("a");
        db.handle().execute("CREATE TRIGGER boom BEFORE INSERT ON mentions BEGIN SELECT RAISE(ABORT, 'boom'); END");
        Mention m = new Mention(
                null,
                "Enrique Balcázar",
                a,
                1,
                6,
                35,
                "José Enrique Balcázar Sánchez",
                1.0,
                "full name",
                List.of(),
                "0".repeat(64),
                null,
                null);
        assertThatThrownBy(() -> mentions.replaceHits(a, "f1", List.of(m))).satisfies(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage()))
                        .doesNotContain("Balc")
                        .doesNotContain("Enrique");
            }
        });
        assertThat(mentions.mentions(null, null)).isEmpty();
        assertThat(mentions.documentsToScreen("f1", 10)).containsExactly(a);
    }

    @Test
    void subjectsAreWatchedByDefaultAndAnyoneCanBe() {
        try (SqliteCaseModelStore people = new SqliteCaseModelStore(SqliteDatabase.open(dir.resolve("case.db")))) {
            people.saveAll(
                    List.of(
                            new CasePerson("Ana Ruiz", List.of(), Role.SUBJECT, null, false, ""),
                            new CasePerson("Luis Vega", List.of(), Role.WITNESS, null, false, ""),
                            new CasePerson("Eva Díaz", List.of(), Role.WITNESS, null, false, "", true),
                            new CasePerson("Bo Li", List.of(), Role.SUBJECT, null, false, "", false)),
                    List.of(),
                    List.of());
            assertThat(people.people())
                    .filteredOn(CasePerson::watched)
                    .extracting(CasePerson::name)
                    .containsExactly("Ana Ruiz", "Eva Díaz");
        }
    }
}
