package org.redress.app.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.application.entities.EntityRecognition;
import org.redress.application.entities.EntityService;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.entities.TextLanguage;
import org.redress.core.port.EntityRecognizer;

/** The stage over a real case with the real recogniser: stopped and resumed, each page in its document's language. */
class EntityStageTest {
    @TempDir
    Path tmp;

    /** The case's own CoreNLP recogniser, noting the language each page was read in. */
    static final class Noting implements EntityRecognizer {
        final EntityRecognizer real;
        final Map<String, TextLanguage> languages = new HashMap<>();

        Noting(EntityRecognizer real) {
            this.real = real;
        }

        @Override
        public String version() {
            return real.version();
        }

        @Override
        public List<FoundEntity> recognise(String text, TextLanguage language) {
            languages.put(text.strip().lines().findFirst().orElse(""), language);
            return real.recognise(text, language);
        }

        @Override
        public void close() {}
    }

    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aStoppedRunGoesOnWhereItStoppedAndEachPageIsReadInItsLanguage() throws Exception {
        String dir = tmp.resolve("case").toString();
        assertThat(Cli.run("init", "--case", dir).code()).isZero();
        assertThat(Cli.run(
                                "ingest",
                                "--case",
                                dir,
                                EntityFiles.firstProduction(tmp.resolve("p1")).toString())
                        .code())
                .isZero();
        assertThat(Cli.run(
                                "ingest",
                                "--case",
                                dir,
                                EntityFiles.secondProduction(tmp.resolve("p2")).toString())
                        .code())
                .isZero();
        try (CaseServices c = CaseServices.open(Path.of(dir))) {
            Noting recognizer = new Noting(c.folder().entityRecognizer());
            EntityRecognition stage =
                    new EntityRecognition(c.documents(), c.folder().entities(), recognizer);
            EntityRecognition.Listener stopAfterOne = new EntityRecognition.Listener() {
                @Override
                public void pageDone(long done, long total) {
                    assertThat(total).isEqualTo(3);
                    throw new Stop();
                }
            };
            assertThatThrownBy(() -> stage.run(stopAfterOne)).isInstanceOf(Stop.class);
            assertThat(c.folder().entities().countPagesToRecognise(recognizer.version()))
                    .isEqualTo(2);

            EntityRecognition.Summary rest = stage.run(EntityRecognition.Listener.NONE);
            assertThat(rest.pagesRecognised()).isEqualTo(2);
            assertThat(rest.pagesLeft()).isZero();
            assertThat(recognizer.languages)
                    .containsEntry("MEMORANDUM FOR THE RECORD", TextLanguage.ENGLISH)
                    .containsEntry("Carta de Migrant Justice a la prensa", TextLanguage.SPANISH)
                    .containsEntry("FOLLOW-UP", TextLanguage.ENGLISH);
            assertThat(c.documents().documents())
                    .extracting(Document::language)
                    .containsExactlyInAnyOrder("eng", "spa", "eng");

            // What search and the document page read of it.
            EntityService entities = c.entities();
            Page memo = page(c, "MEMORANDUM");
            Page followUp = page(c, "FOLLOW-UP");
            assertThat(entities.pagesMentioning(" sarah  CONNOLLY "))
                    .containsExactlyInAnyOrder(
                            new PageRef(memo.documentId(), 1), new PageRef(followUp.documentId(), 1));
            assertThat(entities.pagesMentioning("Nobody")).isEmpty();
            List<EntitySpan> spans = entities.spans(memo.documentId(), 1);
            assertThat(spans).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparingInt(EntitySpan::start));
            for (EntitySpan s : spans) {
                assertThat(memo.text().substring(s.start(), s.end()).replaceAll("\\s+", " "))
                        .isEqualTo(s.name());
            }
            assertThat(spans).extracting(EntitySpan::name).contains("John Miller", "Sarah Connolly");
            List<EntityService.FacetCount> people = entities.facet(EntityType.PERSON, 3);
            assertThat(people).hasSizeLessThanOrEqualTo(3).allMatch(f -> f.type() == EntityType.PERSON);
            int most = entities.list(EntityType.PERSON, false).stream()
                    .mapToInt(org.redress.core.entities.Entity::pages)
                    .max()
                    .orElseThrow();
            assertThat(people.get(0).pages()).isEqualTo(most).isGreaterThan(1);
            assertThat(people).extracting(EntityService.FacetCount::pages).isSortedAccordingTo((a, b) -> b - a);

            String top = people.get(0).name();
            entities.hide(Long.toString(people.get(0).id()), EntityType.PERSON, true);
            assertThat(entities.facet(EntityType.PERSON, 10))
                    .extracting(EntityService.FacetCount::name)
                    .doesNotContain(top);
            assertThat(entities.pagesMentioning(top)).isEmpty();
        }
    }

    private static Page page(CaseServices c, String start) {
        return c.documents().documents().stream()
                .flatMap(d -> c.documents().pages(d.id()).stream())
                .filter(p -> p.text().strip().startsWith(start))
                .findFirst()
                .orElseThrow();
    }
}
