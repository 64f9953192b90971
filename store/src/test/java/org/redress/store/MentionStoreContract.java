package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.mentions.Decision;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MentionStore;

/** What every mention store must do, whatever its database: hits replaced per document, decisions that stick. */
public abstract class MentionStoreContract {
    @TempDir
    protected Path dir;

    protected DocumentStore documents;
    protected MentionStore mentions;

    /** Opens both stores over one case in {@code dir}; sets {@link #documents} and {@link #mentions}. */
    protected abstract void open(Path dir);

    protected abstract void close();

    @BeforeEach
    void openStores() {
        open(dir);
    }

    @AfterEach
    void closeStores() {
        close();
    }

    static final String TEXT = "Memo: José Enrique Balcázar Sánchez attended.";
    static final String SHA = Sha256.of(TEXT.getBytes(StandardCharsets.UTF_8));

    protected String document(String content) {
        String id = Sha256.of(content.getBytes(StandardCharsets.UTF_8));
        documents.saveExtraction(
                new Document(
                        id,
                        content.length(),
                        "text/plain",
                        null,
                        null,
                        null,
                        null,
                        "spa",
                        null,
                        ExtractionStatus.DONE,
                        null,
                        null,
                        1),
                List.of(new Page(id, 1, TEXT, false)));
        return id;
    }

    static Mention hit(String person, String doc, int start, int end, double score) {
        return new Mention(
                null,
                person,
                doc,
                1,
                start,
                end,
                TEXT.substring(start, end),
                score,
                "full name",
                List.of("'José' = given name 1 'José': same word"),
                SHA,
                null,
                null);
    }

    @Test
    void documentsNotScreenedWithTheWatchListAreTheOnesToScreen() {
        String a = document("a");
        String b = document("b");
        assertThat(mentions.documentsToScreen("f1", 10)).containsExactlyInAnyOrder(a, b);
        mentions.replaceHits(a, "f1", List.of());
        assertThat(mentions.documentsToScreen("f1", 10)).containsExactly(b);
        assertThat(mentions.documentsToScreen("f2", 10)).containsExactlyInAnyOrder(a, b);
        assertThat(mentions.documentsToScreen("f1", 1)).hasSize(1);
        mentions.forgetScreening();
        assertThat(mentions.documentsToScreen("f1", 10)).hasSize(2);
    }

    @Test
    void hitsAreReplacedPerDocumentAndTheNewOnesCounted() {
        String a = document("a");
        Mention first = hit("Enrique", a, 6, 35, 1.0);
        assertThat(mentions.replaceHits(a, "f1", List.of(first))).isEqualTo(1);
        Mention second = hit("Enrique", a, 11, 27, 0.9);
        assertThat(mentions.replaceHits(a, "f2", List.of(first, second))).isEqualTo(1);
        assertThat(mentions.mentions(null, null)).extracting(Mention::id).containsExactly(first.id(), second.id());
        assertThat(mentions.replaceHits(a, "f3", List.of(second))).isZero();
        Mention stored = mentions.mention(second.id()).orElseThrow();
        assertThat(stored.matched()).isEqualTo("Enrique Balcázar");
        assertThat(stored.explanation()).containsExactly("'José' = given name 1 'José': same word");
        assertThat(stored.status()).isEqualTo(MentionStatus.NEW);
        assertThat(mentions.mention(first.id())).isEmpty();
    }

    @Test
    void aDecisionSticksWhenScreeningFindsTheHitAgain() {
        String a = document("a");
        Mention m = hit("Enrique", a, 6, 35, 1.0);
        mentions.replaceHits(a, "f1", List.of(m));
        Mention decided = mentions.decide(new Decision(m.id(), MentionStatus.REJECTED, "another man", Instant.now()))
                .orElseThrow();
        assertThat(decided.status()).isEqualTo(MentionStatus.REJECTED);
        assertThat(decided.reason()).isEqualTo("another man");
        mentions.replaceHits(a, "f2", List.of());
        mentions.replaceHits(a, "f3", List.of(m));
        assertThat(mentions.mention(m.id()).orElseThrow().status()).isEqualTo(MentionStatus.REJECTED);
        assertThat(mentions.mentions(null, MentionStatus.REJECTED)).hasSize(1);
        assertThat(mentions.mentions(null, MentionStatus.NEW)).isEmpty();
        assertThat(mentions.mentions("enrique", null)).hasSize(1);
        assertThat(mentions.mentions("Zully", null)).isEmpty();
    }

    @Test
    void aDecisionCoversTheSameWordsOnAnIdenticalPageOfAnotherDocument() {
        String a = document("a");
        String b = document("b");
        mentions.replaceHits(a, "f1", List.of(hit("Enrique", a, 6, 35, 1.0)));
        mentions.replaceHits(b, "f1", List.of(hit("Enrique", b, 6, 35, 1.0), hit("Enrique", b, 11, 27, 0.9)));
        Mention onA = mentions.mentions(null, null).stream()
                .filter(x -> x.documentId().equals(a))
                .findFirst()
                .orElseThrow();
        mentions.decide(new Decision(onA.id(), MentionStatus.CONFIRMED, "", Instant.now()));
        assertThat(mentions.mentions(null, MentionStatus.CONFIRMED))
                .extracting(Mention::documentId)
                .containsExactlyInAnyOrder(a, b);
        assertThat(mentions.mentions(null, MentionStatus.NEW))
                .extracting(Mention::start)
                .containsExactly(11);
    }

    @Test
    void theHitsOfOneDocumentComeInTheOrderOfTheText() {
        String a = document("a");
        String b = document("b");
        mentions.replaceHits(a, "f1", List.of(hit("Zully", a, 36, 44, 1.0), hit("Enrique", a, 6, 35, 1.0)));
        mentions.replaceHits(b, "f1", List.of(hit("Enrique", b, 6, 35, 1.0)));
        assertThat(mentions.mentionsIn(a)).extracting(Mention::start).containsExactly(6, 36);
        assertThat(mentions.mentionsIn(b)).extracting(Mention::documentId).containsExactly(b);
        assertThat(mentions.mentionsIn("0".repeat(64))).isEmpty();
    }

    @Test
    void aDecisionOnAnUnknownHitChangesNothing() {
        assertThat(mentions.decide(new Decision("000000000000", MentionStatus.CONFIRMED, "", Instant.now())))
                .isEmpty();
    }

    @Test
    void aHitsIdIsTheSameForTheSamePersonAndPlace() {
        String a = document("a");
        assertThat(hit("Enrique", a, 6, 35, 1.0).id())
                .isEqualTo(hit("ENRIQUE", a, 6, 35, 0.5).id())
                .isNotEqualTo(hit("Enrique", a, 6, 36, 1.0).id())
                .hasSize(12);
    }
}
