package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.reuse.MatchKind;
import org.redress.core.reuse.RecordToCompare;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReuseMatch;

/** Public, with its database a {@link CaseDatabase}: the PostgreSQL stores (store-postgres) run it too. */
public class SqliteReuseStoreTest {
    @TempDir
    Path dir;

    private SqliteDocumentStore documents;
    private SqliteReuseStore reuse;

    /** The case database; an encrypted case's in {@link EncryptedStoresTest}. */
    protected CaseDatabase database(Path file) {
        return SqliteDatabase.open(file);
    }

    @BeforeEach
    void open() {
        documents = new SqliteDocumentStore(database(dir.resolve("case.db")));
        reuse = new SqliteReuseStore(database(dir.resolve("case.db")));
    }

    @AfterEach
    void close() {
        reuse.close();
        documents.close();
    }

    private String document(String text, String source) {
        String id = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
        documents.saveExtraction(
                new Document(
                        id,
                        text.length(),
                        "text/plain",
                        null,
                        null,
                        null,
                        null,
                        "eng",
                        null,
                        ExtractionStatus.DONE,
                        null,
                        null,
                        1),
                List.of(new Page(id, 1, text, false)));
        documents.addLocation(new Location(id, documents.source(source, null).id(), null, source + ".txt"));
        return id;
    }

    @Test
    void referencesAreNumberedOnceAndRecordsAreComparedOnlyWithWhatTheyHaveNotMet() {
        reuse.markReference(documents.source("flyers", null).id(), false);
        reuse.markReference(documents.source("minutes", null).id(), true);
        String flyer = document("our flyer", "flyers");
        String record = document("their memo", "production 1");

        List<ReferenceDocument> refs = reuse.references();
        assertThat(refs).extracting(ReferenceDocument::documentId).containsExactly(flyer);
        assertThat(refs.get(0).isPrivate()).isFalse();
        assertThat(reuse.recordsToCompare(refs.get(0).seq(), 10)).containsExactly(new RecordToCompare(record, 0));

        ReuseMatch m = new ReuseMatch(null, flyer, 0, 9, record, 1, 0, 10, 2, 1.0, MatchKind.VERBATIM);
        assertThat(reuse.replaceMatches(record, 0, refs.get(0).seq(), List.of(m)))
                .isEqualTo(1);
        assertThat(reuse.recordsToCompare(refs.get(0).seq(), 10)).isEmpty();
        assertThat(reuse.matches()).containsExactly(m);
        assertThat(reuse.match(m.id())).contains(m);

        // A new private reference: the record is due again, from the last reference it met.
        String notes = document("closed meeting notes", "minutes");
        List<ReferenceDocument> now = reuse.references();
        assertThat(now).extracting(ReferenceDocument::documentId).containsExactly(flyer, notes);
        assertThat(now.get(1).isPrivate()).isTrue();
        assertThat(reuse.recordsToCompare(now.get(1).seq(), 10))
                .containsExactly(new RecordToCompare(record, refs.get(0).seq()));
        // Comparing with the new reference alone keeps the match of the old one.
        assertThat(reuse.replaceMatches(record, refs.get(0).seq(), now.get(1).seq(), List.of()))
                .isZero();
        assertThat(reuse.matches()).containsExactly(m);

        reuse.forgetComparisons();
        assertThat(reuse.matches()).isEmpty();
        assertThat(reuse.recordsToCompare(now.get(1).seq(), 10)).hasSize(1);
    }

    @Test
    void aDocumentInAPublicAndAPrivateReferenceSourceIsPublic() {
        reuse.markReference(documents.source("posts", null).id(), false);
        reuse.markReference(documents.source("minutes", null).id(), true);
        String both = document("said in the meeting and posted", "minutes");
        documents.addLocation(new Location(both, documents.source("posts", null).id(), null, "post.txt"));

        assertThat(reuse.references())
                .singleElement()
                .satisfies(r -> assertThat(r.isPrivate()).isFalse());
        assertThat(reuse.referenceSources())
                .extracting(r -> r.name() + ":" + r.isPrivate())
                .containsExactly("posts:false", "minutes:true");
    }
}
