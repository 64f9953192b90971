package org.redress.store;

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
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntityNames;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.EntityStore;

/**
 * What every entity store must do, whatever its database: pages marked done with their occurrences, and renames,
 * merges and hides that hold when the pages are recognised again.
 */
public abstract class EntityStoreContract {
    @TempDir
    protected Path dir;

    protected DocumentStore documents;
    protected EntityStore entities;

    /** Opens both stores over one case in {@code dir}; sets {@link #documents} and {@link #entities}. */
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

    protected static final String ONE = "Agent Smith of ICE met José Balcázar in Burlington.";
    static final String TWO = "JOSE BALCAZAR, Burlington, and Jose Balcazar again.";

    protected String document(String name, String... pages) {
        String id = Sha256.of(name.getBytes(StandardCharsets.UTF_8));
        List<Page> list = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) list.add(new Page(id, i + 1, pages[i], false));
        documents.saveExtraction(
                new Document(
                        id,
                        1,
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
                        pages.length),
                list);
        return id;
    }

    /** What a recogniser would find on the two pages: offsets and types as CoreNLP reports them. */
    static List<FoundEntity> found(String text, EntityType type, String... words) {
        List<FoundEntity> out = new java.util.ArrayList<>();
        for (String w : words) {
            int at = -1;
            while ((at = text.indexOf(w, at + 1)) >= 0) out.add(new FoundEntity(at, at + w.length(), type, w));
        }
        out.sort(java.util.Comparator.comparingInt(FoundEntity::start));
        return out;
    }

    private static List<FoundEntity> pageOne() {
        List<FoundEntity> f = new java.util.ArrayList<>(found(ONE, EntityType.PERSON, "Smith", "José Balcázar"));
        f.addAll(found(ONE, EntityType.ORGANISATION, "ICE"));
        f.addAll(found(ONE, EntityType.PLACE, "Burlington"));
        return f;
    }

    private static List<FoundEntity> pageTwo() {
        List<FoundEntity> f =
                new java.util.ArrayList<>(found(TWO, EntityType.PERSON, "JOSE BALCAZAR", "Jose Balcazar"));
        f.addAll(found(TWO, EntityType.ORGANISATION, "Burlington"));
        return f;
    }

    private String recogniseBoth(String version) {
        String doc = document("memo", ONE, TWO);
        entities.savePage(new PageRef(doc, 1), version, pageOne());
        entities.savePage(new PageRef(doc, 2), version, pageTwo());
        return doc;
    }

    private Entity named(String name) {
        return entities.entities(null, true).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities.entities(null, true)));
    }

    @Test
    void pagesAreToDoUntilSavedWithTheCurrentVersion() {
        String doc = document("memo", ONE, TWO);
        assertThat(entities.countPagesToRecognise("v1")).isEqualTo(2);
        entities.savePage(new PageRef(doc, 1), "v1", pageOne());
        assertThat(entities.pagesToRecognise("v1", 10)).containsExactly(new PageRef(doc, 2));
        entities.savePage(new PageRef(doc, 2), "v1", List.of());
        assertThat(entities.countPagesToRecognise("v1")).isZero();
        assertThat(entities.countPagesToRecognise("v2"))
                .as("a new recogniser reads everything again")
                .isEqualTo(2);
        String later = document("later", "A new page.");
        assertThat(entities.pagesToRecognise("v1", 10)).containsExactly(new PageRef(later, 1));
    }

    @Test
    void countsLeaveOutTheOccurrencesOnExcludedDocuments() {
        String memo = recogniseBoth("v1");
        String letter = document("letter", "Jose Balcazar wrote to Burlington Legal Aid.");
        entities.savePage(
                new PageRef(letter, 1),
                "v1",
                List.of(
                        new FoundEntity(0, 13, EntityType.PERSON, "Jose Balcazar"),
                        new FoundEntity(23, 43, EntityType.ORGANISATION, "Burlington Legal Aid")));
        Entity jose = named("José Balcázar");
        assertThat(List.of(jose.occurrences(), jose.pages(), jose.documents())).containsExactly(4, 3, 2);
        java.util.Set<String> hidden = java.util.Set.of(letter);
        Entity seen = entities.entities(EntityType.PERSON, false, hidden).stream()
                .filter(e -> e.id() == jose.id())
                .findFirst()
                .orElseThrow();
        assertThat(List.of(seen.occurrences(), seen.pages(), seen.documents())).containsExactly(3, 2, 1);
        assertThat(entities.entities(null, true, hidden))
                .extracting(Entity::name)
                .doesNotContain("Burlington Legal Aid");
        assertThat(entities.entity(named("Burlington Legal Aid").id(), hidden)
                        .orElseThrow()
                        .occurrences())
                .isZero();
        assertThat(entities.withName(EntityNames.key("Jose Balcazar"), hidden))
                .singleElement()
                .satisfies(e -> assertThat(e.documents()).isEqualTo(1));
        assertThat(entities.entities(null, false, java.util.Set.of(memo, letter)))
                .isEmpty();
        assertThat(entities.entities(null, false, java.util.Set.of())).hasSameSizeAs(entities.entities(null, false));
    }

    @Test
    void writingsThatDifferInCaseAndAccentsAreOneEntity() {
        String doc = recogniseBoth("v1");
        Entity jose = named("José Balcázar");
        assertThat(jose.type()).isEqualTo(EntityType.PERSON);
        assertThat(jose.occurrences()).isEqualTo(3);
        assertThat(jose.pages()).isEqualTo(2);
        assertThat(jose.documents()).isEqualTo(1);
        assertThat(jose.forms()).containsExactly("José Balcázar");
        assertThat(entities.pagesMentioning(jose.id())).containsExactly(new PageRef(doc, 1), new PageRef(doc, 2));
        assertThat(entities.entities(EntityType.PLACE, false))
                .extracting(Entity::name)
                .containsExactly("Burlington");
        assertThat(entities.spans(doc, 1))
                .extracting(EntitySpan::start, EntitySpan::end, EntitySpan::type, EntitySpan::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, 11, EntityType.PERSON, "Smith"),
                        org.assertj.core.groups.Tuple.tuple(15, 18, EntityType.ORGANISATION, "ICE"),
                        org.assertj.core.groups.Tuple.tuple(23, 36, EntityType.PERSON, "José Balcázar"),
                        org.assertj.core.groups.Tuple.tuple(40, 50, EntityType.PLACE, "Burlington"));
    }

    @Test
    void renamesMergesAndHidesHoldWhenThePagesAreRecognisedAgain() {
        String doc = recogniseBoth("v1");
        Entity place = entities.entities(EntityType.PLACE, false).get(0);
        Entity misread = entities.entities(EntityType.ORGANISATION, false).stream()
                .filter(e -> e.name().equals("Burlington"))
                .findFirst()
                .orElseThrow();
        entities.merge(place.id(), misread.id());
        entities.rename(named("José Balcázar").id(), "José Enrique Balcázar Sánchez");
        entities.setHidden(named("Smith").id(), true);

        recogniseBoth("v2"); // the same document: its pages read again by a new recogniser
        assertThat(entities.countPagesToRecognise("v2")).isZero();

        assertThat(entities.entities(EntityType.ORGANISATION, false))
                .extracting(Entity::name)
                .containsExactly("ICE");
        Entity burlington = named("Burlington");
        assertThat(burlington.id()).isEqualTo(place.id());
        assertThat(burlington.type()).isEqualTo(EntityType.PLACE);
        assertThat(burlington.pages())
                .as("the organisation's page is the place's now")
                .isEqualTo(2);
        assertThat(entities.entity(misread.id())).isEmpty();
        Entity jose = named("José Enrique Balcázar Sánchez");
        assertThat(jose.pages()).isEqualTo(2);
        assertThat(jose.forms()).contains("José Balcázar", "José Enrique Balcázar Sánchez");
        assertThat(entities.entities(null, false)).extracting(Entity::name).doesNotContain("Smith");
        assertThat(entities.entities(null, true)).extracting(Entity::name).contains("Smith");
        assertThat(entities.spans(doc, 1)).extracting(EntitySpan::name).doesNotContain("Smith");
        assertThat(entities.spans(doc, 2))
                .extracting(EntitySpan::name)
                .containsExactly("José Enrique Balcázar Sánchez", "Burlington", "José Enrique Balcázar Sánchez");

        // The new name written in the records lands on the renamed entity, not on a new one.
        String other = document("other", "Later: Jose Enrique Balcazar Sanchez.");
        int made = entities.savePage(
                new PageRef(other, 1),
                "v2",
                List.of(new FoundEntity(7, 36, EntityType.PERSON, "Jose Enrique Balcazar Sanchez")));
        assertThat(made).isZero();
        assertThat(named("José Enrique Balcázar Sánchez").documents()).isEqualTo(2);
    }

    @Test
    void namesAreFoundByTheirKeyAndByTheirForms() {
        recogniseBoth("v1");
        Entity jose = named("José Balcázar");
        entities.rename(jose.id(), "J. E. Balcázar Sánchez");
        assertThat(entities.withName("jose balcazar")).extracting(Entity::id).containsExactly(jose.id());
        assertThat(entities.withName("j. e. balcazar sanchez"))
                .extracting(Entity::id)
                .containsExactly(jose.id());
        assertThat(entities.withName("nobody")).isEmpty();
    }

    @Test
    void aPageExtractedAgainTakesItsEntitiesAndItsDoneMarkWithIt() {
        String doc = recogniseBoth("v1");
        assertThat(entities.countPagesToRecognise("v1")).isZero();
        document("memo", "Replaced text."); // same id, new pages
        assertThat(entities.pagesToRecognise("v1", 10)).containsExactly(new PageRef(doc, 1));
        assertThat(entities.entities(null, false)).isEmpty();
    }
}
