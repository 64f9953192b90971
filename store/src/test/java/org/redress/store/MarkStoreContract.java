package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.marks.Mark;
import org.redress.core.marks.MarkStage;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.MarkStore;

/** What every mark store must do: marks replaced per document and stage, stale documents by fingerprint. */
public abstract class MarkStoreContract {
    @TempDir
    protected Path dir;

    protected DocumentStore documents;
    protected MarkStore marks;

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
                        "eng",
                        null,
                        ExtractionStatus.DONE,
                        null,
                        null,
                        2),
                List.of(new Page(id, 1, "Agent (b)(6) said illegals.", false), new Page(id, 2, "(b)(7)(C)", false)));
        return id;
    }

    protected static Mark exemption(String doc, int page, int start, int end, String code) {
        return new Mark(null, doc, page, start, end, MarkStage.EXEMPTIONS, "exemption", code, "us-foia", code, "");
    }

    protected static Mark flag(String doc) {
        return new Mark(
                null,
                doc,
                1,
                18,
                26,
                MarkStage.FLAGS,
                "flag",
                "illegals",
                "immigration-slur",
                "illegals",
                "Agent (b)(6) said illegals.");
    }

    static final Map<MarkStage, String> V1 =
            Map.of(MarkStage.ENTITIES, "e1", MarkStage.EXEMPTIONS, "x1", MarkStage.FLAGS, "f1");

    @Test
    void aDocumentIsToMarkUntilEveryStageRanWithItsFingerprint() {
        String a = document("a");
        String b = document("b");
        assertThat(marks.documentsToMark(V1, 10)).containsExactlyInAnyOrder(a, b);
        assertThat(marks.countToMark(V1)).isEqualTo(2);
        marks.replaceMarks(a, MarkStage.ENTITIES, "e1", List.of());
        marks.replaceMarks(a, MarkStage.EXEMPTIONS, "x1", List.of());
        assertThat(marks.documentsToMark(V1, 10)).containsExactlyInAnyOrder(a, b);
        marks.replaceMarks(a, MarkStage.FLAGS, "f1", List.of());
        assertThat(marks.documentsToMark(V1, 10)).containsExactly(b);
        assertThat(marks.markedWith(a)).containsEntry(MarkStage.FLAGS, "f1").hasSize(3);
        Map<MarkStage, String> newLexicon =
                Map.of(MarkStage.ENTITIES, "e1", MarkStage.EXEMPTIONS, "x1", MarkStage.FLAGS, "f2");
        assertThat(marks.documentsToMark(newLexicon, 10)).containsExactlyInAnyOrder(a, b);
        marks.forgetMarking();
        assertThat(marks.countToMark(V1)).isEqualTo(2);
    }

    @Test
    void marksAreReplacedPerStageAndReadBackWhole() {
        String a = document("a");
        Mark m6 = exemption(a, 1, 6, 12, "(b)(6)");
        Mark m7 = exemption(a, 2, 0, 9, "(b)(7)(C)");
        assertThat(marks.replaceMarks(a, MarkStage.EXEMPTIONS, "x1", List.of(m6, m7)))
                .isEqualTo(2);
        assertThat(marks.replaceMarks(a, MarkStage.FLAGS, "f1", List.of(flag(a))))
                .isEqualTo(1);
        assertThat(marks.replaceMarks(a, MarkStage.EXEMPTIONS, "x2", List.of(m6)))
                .isZero();
        assertThat(marks.marks(null, null)).extracting(Mark::id).containsExactly(m6.id(), flag(a).id());
        assertThat(marks.marks(MarkStage.FLAGS, a)).singleElement().satisfies(f -> {
            assertThat(f.sentence()).isEqualTo("Agent (b)(6) said illegals.");
            assertThat(f.label()).isEqualTo("immigration-slur");
            assertThat(f.code()).isEqualTo("illegals");
        });
        assertThat(marks.marksOnPage(a, 1)).extracting(Mark::start).containsExactly(6, 18);
        assertThat(marks.marksOnPage(a, 2)).isEmpty();
        assertThat(marks.mark(m6.id())).contains(m6);
        assertThat(marks.mark("000000000000")).isEmpty();
    }

    @Test
    void aMarkOfAnotherStageIsRefused() {
        String a = document("a");
        assertThatThrownBy(() -> marks.replaceMarks(a, MarkStage.ENTITIES, "e1", List.of(flag(a))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
