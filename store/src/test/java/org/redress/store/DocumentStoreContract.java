package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Failure;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.corpus.Source;
import org.redress.core.port.DocumentStore;

/**
 * What every document store must do, whatever its database. Each backend's test extends this
 * class, so the embedded and the server store are held to the same contract.
 */
public abstract class DocumentStoreContract {
    @TempDir
    protected Path dir;

    protected DocumentStore store;

    protected abstract DocumentStore open(Path dir);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static Document doc(String content, ExtractionStatus status) {
        return new Document(
                Sha256.of(content.getBytes()),
                content.length(),
                "application/pdf",
                "Title " + content,
                "Author",
                Instant.parse("2017-03-02T14:14:00Z"),
                null,
                "eng",
                null,
                status,
                null,
                null,
                0);
    }

    @Test
    void sourcesAreFoundByNameAndKeepTheirFirstReceivedDate() {
        Source a = store.source("ICE production 1", LocalDate.of(2018, 1, 5));
        Source again = store.source("ICE production 1", LocalDate.of(2019, 1, 1));
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(again.received()).isEqualTo(LocalDate.of(2018, 1, 5));
        assertThat(store.sources()).extracting(Source::name).containsExactly("ICE production 1");
    }

    @Test
    void aDocumentIsStoredWithItsPagesAndReplacedWhole() {
        Document d = doc("memo", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of(new Page(d.id(), 1, "one", false), new Page(d.id(), 2, "two", true)));
        assertThat(store.pages(d.id())).extracting(Page::text).containsExactly("one", "two");
        assertThat(store.page(d.id(), 2)).get().extracting(Page::ocr).isEqualTo(true);

        store.saveExtraction(d, List.of(new Page(d.id(), 1, "only", false)));
        assertThat(store.pages(d.id())).extracting(Page::text).containsExactly("only");
        assertThat(store.document(d.id())).get().extracting(Document::pageCount).isEqualTo(1);
    }

    @Test
    void emailHeadersSurviveTheRoundTrip() {
        EmailHeaders e = new EmailHeaders(
                "Dana <d@dmv.example.gov>",
                List.of("a@ice.example.gov", "b@ice.example.gov"),
                List.of("c@x.org"),
                List.of(),
                Instant.parse("2017-03-02T14:14:00Z"),
                "Photos",
                "<m1@x>",
                "<m0@x>");
        Document d = new Document(
                Sha256.of("mail".getBytes()),
                4,
                "message/rfc822",
                null,
                null,
                null,
                null,
                null,
                e,
                ExtractionStatus.DONE,
                null,
                null,
                1);
        store.saveExtraction(d, List.of());
        assertThat(store.document(d.id()).orElseThrow().email()).isEqualTo(e);
        assertThat(e.senderDomain()).isEqualTo("dmv.example.gov");
    }

    @Test
    void referencesRoundTripAndEmailsWithoutThemCanBeFilledLater() {
        EmailHeaders e = new EmailHeaders(
                "d@dmv.example.gov",
                List.of("a@ice.example.gov"),
                List.of(),
                List.of(),
                Instant.parse("2017-03-02T14:14:00Z"),
                "RE: Photos",
                "<m2@x>",
                "<m1@x>",
                EmailHeaders.messageIds("<m0@x>\r\n <m1@x> (comment)"));
        assertThat(e.references()).containsExactly("m0@x", "m1@x");
        Document d = new Document(
                Sha256.of("reply".getBytes()),
                5,
                "message/rfc822",
                null,
                null,
                null,
                null,
                null,
                e,
                ExtractionStatus.DONE,
                null,
                null,
                1);
        store.saveExtraction(d, List.of());
        store.saveExtraction(doc("memo", ExtractionStatus.DONE), List.of());
        assertThat(store.document(d.id()).orElseThrow().email()).isEqualTo(e);
        assertThat(store.emails()).extracting(Document::id).containsExactly(d.id());
        // stored with its References (even none): nothing to read again
        assertThat(store.emailsWithoutReferences()).isEmpty();
        store.setEmailReferences(d.id(), List.of("m1@x"));
        assertThat(store.document(d.id()).orElseThrow().email().references()).containsExactly("m1@x");
    }

    @Test
    void aLocationIsRecordedOnce() {
        Source s = store.source("s", null);
        Document d = doc("x", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of());
        assertThat(store.addLocation(new Location(d.id(), s.id(), null, "a/x.pdf")))
                .isTrue();
        assertThat(store.addLocation(new Location(d.id(), s.id(), null, "a/x.pdf")))
                .isFalse();
        assertThat(store.addLocation(new Location(d.id(), s.id(), null, "b/x.pdf")))
                .isTrue();
        assertThat(store.locations(d.id())).extracting(Location::path).containsExactly("a/x.pdf", "b/x.pdf");
    }

    @Test
    void childrenAreFoundThroughTheirParent() {
        Source s = store.source("s", null);
        Document mail = doc("mail", ExtractionStatus.DONE);
        Document attachment = doc("att", ExtractionStatus.DONE);
        store.saveExtraction(mail, List.of());
        store.saveExtraction(attachment, List.of());
        store.addLocation(new Location(mail.id(), s.id(), null, "inbox/mail.eml"));
        store.addLocation(new Location(attachment.id(), s.id(), mail.id(), "report.pdf"));
        assertThat(store.children(mail.id())).extracting(Location::documentId).containsExactly(attachment.id());
        assertThat(store.locations(attachment.id()).get(0).parentId()).isEqualTo(mail.id());
    }

    @Test
    void documentsAreFoundByAUniquePrefixOnly() {
        Document d = doc("prefix", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of());
        assertThat(store.documentByPrefix(d.id().substring(0, 8)))
                .get()
                .extracting(Document::id)
                .isEqualTo(d.id());
        assertThat(store.documentByPrefix(d.id().substring(0, 3))).isEmpty(); // too short to be safe
        assertThat(store.documentByPrefix("not-hex")).isEmpty();
    }

    @Test
    void failuresAreRecordedOncePerPathAndCanBeCleared() {
        Source s = store.source("s", null);
        store.recordFailure(new Failure(s.id(), "a.pdf", null, "password-protected PDF", Instant.now()));
        store.recordFailure(new Failure(s.id(), "a.pdf", null, "still password-protected", Instant.now()));
        assertThat(store.failures()).extracting(Failure::reason).containsExactly("still password-protected");
        store.clearFailure(s.id(), "a.pdf");
        assertThat(store.failures()).isEmpty();
        Document d = doc("locked", ExtractionStatus.FAILED);
        store.saveExtraction(d, List.of());
        store.recordFailure(new Failure(s.id(), "in/locked.pdf", d.id(), "password-protected PDF", Instant.now()));
        store.recordFailure(new Failure(s.id(), "other/locked.pdf", d.id(), "password-protected PDF", Instant.now()));
        store.clearFailuresOf(d.id());
        assertThat(store.failures()).isEmpty();
    }

    @Test
    void indexingStateFollowsTheDocuments() {
        Document done = doc("done", ExtractionStatus.DONE);
        Document pending = doc("pending", ExtractionStatus.PENDING);
        store.saveExtraction(done, List.of());
        store.saveExtraction(pending, List.of());
        assertThat(store.documentsToIndex(10)).containsExactly(done.id());
        store.markIndexed(List.of(done.id()));
        assertThat(store.documentsToIndex(10)).isEmpty();
        store.setStatus(pending.id(), ExtractionStatus.DONE, null);
        assertThat(store.documentsToIndex(10)).containsExactly(pending.id());
        store.markAllUnindexed();
        assertThat(store.documentsToIndex(10)).hasSize(2);
    }

    @Test
    void statusCountsWhatTheCaseHoldsAndUnfinishedRuns() {
        Source s = store.source("s", null);
        Document d = doc("status", ExtractionStatus.DONE);
        store.saveExtraction(d, List.of(new Page(d.id(), 1, "a", true), new Page(d.id(), 2, "b", false)));
        var run = store.startRun(s.id(), "/in");
        assertThat(store.status().unfinishedRuns()).hasSize(1);
        var second = store.startRun(s.id(), "/in");
        store.finishRun(second.id()); // finishing the same inputs finishes the interrupted run too
        var status = store.status();
        assertThat(status.unfinishedRuns()).isEmpty();
        assertThat(status.documents()).isEqualTo(1);
        assertThat(status.pages()).isEqualTo(2);
        assertThat(status.ocrPages()).isEqualTo(1);
        assertThat(status.sources()).isEqualTo(1);
        assertThat(run.unfinished()).isTrue();
    }

    @Test
    void statusLeavesOutExcludedDocumentsAndSources() {
        Source open = store.source("production", null);
        Source closed = store.source("group notes", null);
        Document seen = doc("seen", ExtractionStatus.DONE);
        Document hidden = doc("hidden", ExtractionStatus.DONE);
        Document pending = doc("pending hidden", ExtractionStatus.PENDING);
        store.saveExtraction(seen, List.of(new Page(seen.id(), 1, "a", true)));
        store.saveExtraction(
                hidden, List.of(new Page(hidden.id(), 1, "b", true), new Page(hidden.id(), 2, "c", false)));
        store.saveExtraction(pending, List.of());
        store.recordFailure(new Failure(open.id(), "in/hidden.pdf", hidden.id(), "damaged", Instant.now()));
        store.recordFailure(new Failure(open.id(), "in/broken.pdf", null, "damaged", Instant.now()));
        store.recordFailure(new Failure(closed.id(), "notes/locked.pdf", null, "password", Instant.now()));
        store.startRun(closed.id(), "/notes");
        CaseStatus all = store.status();
        assertThat(List.of(all.documents(), all.pages(), all.ocrPages(), all.sources(), all.failures()))
                .containsExactly(3L, 3L, 2L, 2L, 3L);
        CaseStatus part = store.status(Set.of(hidden.id(), pending.id()), Set.of(closed.id()));
        assertThat(List.of(part.documents(), part.pages(), part.ocrPages(), part.sources(), part.failures()))
                .containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(part.pendingDocuments()).isZero();
        assertThat(all.pendingDocuments()).isEqualTo(1);
        assertThat(part.unfinishedRuns()).isEmpty();
        assertThat(all.unfinishedRuns()).hasSize(1);
        assertThat(store.status(Set.of(), Set.of())).isEqualTo(all);
    }
}
