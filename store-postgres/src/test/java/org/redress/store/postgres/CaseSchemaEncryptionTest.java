package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.Weight;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.requests.Request;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.sqlite.ContentColumns;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteRequestStore;

/**
 * A case schema is held to the embedded case's list of content columns (ContentColumns), and an encrypted case
 * written by the stores holds none of its content in the clear, read back column by column from PostgreSQL itself.
 */
class CaseSchemaEncryptionTest {
    private static final String CANARY = "Canary Ruiz-Balcázar";

    @TempDir
    Path dir;

    /** Every text column of the case's schema, as table.column. */
    private static List<Map.Entry<String, String>> textColumns(CaseName name) {
        return TestServer.jdbi()
                .withHandle(h -> h.createQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = :s AND data_type IN ('text', 'character varying')
                        ORDER BY table_name, ordinal_position""")
                        .bind("s", name.schema())
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .list());
    }

    @Test
    void everyTextColumnOfTheSchemaIsDeclaredEncryptedOrPlainWithAReason() {
        TestServer.database(dir).close();
        List<Map.Entry<String, String>> columns = textColumns(TestServer.caseFor(dir));
        assertThat(columns).extracting(Map.Entry::getKey).contains("documents", "pages", "mentions", "requests");
        List<String> undeclared = columns.stream()
                .filter(c -> !ContentColumns.declared(c.getKey(), c.getValue()))
                // The ingest queue exists only on a server, whose cases are not encrypted yet (init --encrypt
                // --server is refused): its paths and source names are plain, as the whole server case is.
                .filter(c -> !c.getKey().equals("file_job"))
                .map(c -> c.getKey() + "." + c.getValue())
                .toList();
        // A new table of the case goes into both schemas and into ContentColumns (or its PLAIN list), once.
        assertThat(undeclared).isEmpty();
    }

    @Test
    void anEncryptedCaseWrittenByTheStoresHoldsNoContent() {
        ColumnCipher cipher = ColumnCipher.of(CaseKey.generate(new SecureRandom()));
        String mail = Sha256.of("mail".getBytes(StandardCharsets.UTF_8));
        try (var docs = new SqliteDocumentStore(TestServer.database(dir, cipher));
                var people = new SqliteCaseModelStore(TestServer.database(dir, cipher));
                var requests = new SqliteRequestStore(TestServer.database(dir, cipher))) {
            docs.saveExtraction(
                    new Document(
                            mail,
                            4,
                            "text/plain",
                            "Title " + CANARY,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ExtractionStatus.DONE,
                            null,
                            null,
                            1),
                    List.of(new Page(mail, 1, "Seen: " + CANARY + " at the march", false)));
            long source = docs.source("Production of " + CANARY, null).id();
            docs.addLocation(new Location(mail, source, null, CANARY + ".eml"));
            people.savePerson(new CasePerson(CANARY, List.of(), Role.SUBJECT, null, false, ""));
            // the ids a user types, which other tables join on: tokens, as the content hashes are
            people.saveAll(
                    List.of(),
                    List.of(),
                    List.of(new CaseEvent(
                            "arrest-canary-ruiz",
                            EventDate.parse("2017-03-17"),
                            EventKind.of("adverse.arrest"),
                            List.of(),
                            "",
                            "",
                            false,
                            List.of())));
            people.saveClaim(new Claim(
                    "claim-canary",
                    "template-canary",
                    "t",
                    "",
                    List.of(new ClaimElement("element-canary", "e", "", "", "alternative-canary"))));
            people.addFinding(
                    new Finding(0, "claim-canary", "element-canary", "arrest-canary-ruiz", null, Weight.SUPPORTS, ""));
            requests.add(Request.draft("law-canary", "Agency", "records"));
            assertThat(requests.requests()).extracting(Request::lawId).containsExactly("law-canary");
            assertThat(people.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.eventId()).isEqualTo("arrest-canary-ruiz"))
                    .satisfies(f -> assertThat(f.elementId()).isEqualTo("element-canary"));
            assertThat(docs.pages(mail)).extracting(Page::text).containsExactly("Seen: " + CANARY + " at the march");
        }
        CaseName name = TestServer.caseFor(dir);
        List<String> holding = new ArrayList<>();
        TestServer.jdbi().useHandle(h -> {
            for (Map.Entry<String, String> c : textColumns(name)) {
                // Names from information_schema of our own schema, quoted as identifiers.
                // COLLATE "C": ILIKE refuses the case-insensitive collation of name columns.
                String column = "\"" + c.getValue() + "\" COLLATE \"C\"";
                String sql = "SELECT count(*) FROM " + name.schema() + ".\"" + c.getKey() + "\" WHERE " + column
                        + " ILIKE :canary OR " + column + " ILIKE :mail";
                long n = h.createQuery(sql)
                        .bind("canary", "%canary%")
                        .bind("mail", "%" + mail + "%")
                        .mapTo(Long.class)
                        .one();
                if (n > 0) holding.add(c.getKey() + "." + c.getValue());
            }
        });
        assertThat(holding).isEmpty();
    }
}
