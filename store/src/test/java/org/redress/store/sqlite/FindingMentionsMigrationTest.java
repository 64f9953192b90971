package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.sqlite.SQLiteDataSource;

/** V12 builds the findings table again with a third kind of evidence, a mention: every finding of an older case is kept. */
class FindingMentionsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aCaseFromBeforeV12KeepsItsFindingsAndCanCiteMentions() throws Exception {
        Path file = dir.resolve("case.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(old)
                .locations("classpath:db/sqlite")
                .target("8")
                .load()
                .migrate();
        try (Connection c = old.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO cm_events(id, seq, date_text, sort_key, kind) VALUES ('E1', 1, '2017', '2017', 'adverse.arrest')");
            s.execute("INSERT INTO cm_claims(id, template, title) VALUES ('c', 't', 'A claim')");
            s.execute(
                    "INSERT INTO cm_claim_elements(claim_id, position, id, title) VALUES ('c', 0, 'knowledge', 'Knew')");
            s.execute("INSERT INTO cm_findings(id, claim_id, element_id, event_id, weight, note)"
                    + " VALUES (7, 'c', 'knowledge', 'E1', 'supports', 'kept')");
        }
        try (SqliteCaseModelStore store = SqliteCaseModelStore.open(file)) {
            assertThat(store.findings())
                    .containsExactly(new Finding(7, "c", "knowledge", "E1", null, Weight.SUPPORTS, "kept"));
            Finding cited = store.addFinding(
                    new Finding(0, "c", "knowledge", null, null, Weight.SUPPORTS_STRONGLY, "", "3fa2c1d9e0b4"));
            assertThat(store.findings()).extracting(Finding::mentionId).containsExactly(null, "3fa2c1d9e0b4");
            assertThat(cited.id()).isGreaterThan(7);
        }
        try (Connection c = old.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() ->
                            s.execute("INSERT INTO cm_findings(claim_id, element_id, event_id, weight, mention_id)"
                                    + " VALUES ('c', 'knowledge', 'E1', 'supports', 'abc')"))
                    .hasMessageContaining("CHECK");
        }
        assertThatThrownBy(() -> new Finding(0, "c", "knowledge", "E1", null, Weight.SUPPORTS, "", "abc"))
                .hasMessageContaining("exactly one");
    }
}
