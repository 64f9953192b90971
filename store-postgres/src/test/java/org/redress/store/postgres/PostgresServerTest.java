package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.sqlite.SqliteDocumentStore;

/** Cases on one server: each its own schema, created once, opened by name, refused when unknown or under another key. */
class PostgresServerTest {
    @TempDir
    Path dir;

    private static Document doc(String content) {
        return new Document(
                Sha256.of(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                content.length(),
                "text/plain",
                "Title " + content,
                null,
                null,
                null,
                "eng",
                null,
                ExtractionStatus.DONE,
                null,
                null,
                1);
    }

    @Test
    void twoCasesOnOneServerSeeOnlyTheirOwnDocuments() {
        PostgresServer server = TestServer.server();
        CaseName a = TestServer.caseFor(dir.resolve("a"));
        CaseName b = TestServer.caseFor(dir.resolve("b"));
        try (var first = new SqliteDocumentStore(server.create(a, ColumnCipher.PLAIN));
                var second = new SqliteDocumentStore(server.create(b, ColumnCipher.PLAIN))) {
            Document memo = doc("memo of case A");
            first.saveExtraction(memo, List.of(new Page(memo.id(), 1, "memo of case A", false)));
            assertThat(first.document(memo.id())).isPresent();
            assertThat(second.document(memo.id())).isEmpty();
            assertThat(second.documents()).isEmpty();
        }
        assertThat(server.cases()).contains(a, b);
    }

    @Test
    void aCaseIsCreatedOnceAndAnUnknownOneIsNotFound() {
        PostgresServer server = TestServer.server();
        CaseName name = TestServer.caseFor(dir);
        server.create(name, ColumnCipher.PLAIN).close();
        assertThatThrownBy(() -> server.create(name, ColumnCipher.PLAIN))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("already a case named " + name);
        CaseName unknown = TestServer.caseFor(dir.resolve("never made"));
        assertThatThrownBy(() -> server.open(unknown, ColumnCipher.PLAIN))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("no case named " + unknown);
        assertThat(server.exists(unknown)).isFalse();
    }

    @Test
    void anEncryptedCaseIsRefusedWithoutItsKeyOrWithAnother() {
        PostgresServer server = TestServer.server();
        CaseName name = TestServer.caseFor(dir);
        ColumnCipher key = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        server.create(name, key).close();
        assertThatThrownBy(() -> server.open(name, ColumnCipher.PLAIN)).hasMessageContaining("without its key");
        ColumnCipher other = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        assertThatThrownBy(() -> server.open(name, other)).hasMessageContaining("another case key");
        server.open(name, key).close();
    }

    @Test
    void anUnreachableServerIsAClearMistakeThatKeepsTheUrlOptionsAndPasswordOut() {
        assertThatThrownBy(() -> PostgresServer.connect(
                        "jdbc:postgresql://127.0.0.1:1/redress?password=hunter2&connectTimeout=2",
                        "postgres",
                        "s3cret"))
                .isInstanceOf(PostgresServer.ServerUnreachableException.class)
                .hasMessageStartingWith("could not connect to the database server 127.0.0.1:1/redress: ")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> PostgresServer.connect("jdbc:sqlite:case.db", "postgres", null))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void shortStatementsTakeTheirTurnOnThePoolsConnectionsWhileCaseDatabasesKeepTheirOwn() throws Exception {
        TestServer.server(); // the services are there (or the test is skipped)
        CaseName name = TestServer.caseFor(dir);
        PostgresServer one = PostgresServer.connect(TestServer.URL, TestServer.USER, TestServer.PASSWORD, 1);
        try (PostgresDatabase db = one.create(name, ColumnCipher.PLAIN)) {
            // the case database holds a connection of its own: the pool's one connection is still free for these
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 40; i++) answers.add(threads.submit(() -> one.exists(name)));
                for (var answer : answers) assertThat(answer.get()).isTrue();
            } finally {
                threads.shutdownNow();
            }
            assertThat(db.handle()
                            .createQuery("SELECT count(*) FROM file_job")
                            .mapTo(Long.class)
                            .one())
                    .isZero();
        } finally {
            one.close();
        }
        assertThatThrownBy(() -> one.exists(name)).isInstanceOf(org.jdbi.v3.core.ConnectionException.class);
    }
}
