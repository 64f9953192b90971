package org.redress.application.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.CaseModelException;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Weight;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDatabase;
import org.redress.store.sqlite.SqliteDocumentStore;

/**
 * The rules of {@link CaseModel} (core) that need the stores: a citation names a document and a page the corpus
 * has, and a finding names a claim, element, event or citation the case has. Here and not in core's tests because
 * they run on the real SQLite stores, which core cannot see (store depends on core).
 */
class CaseModelRulesTest {
    /** A two-page memo. */
    static final String MEMO = "3f1c9a02b7e4" + "5".repeat(52);
    /** Two documents whose ids share their first seven digits. */
    static final String TWIN_A = "abcdef0" + "1".repeat(57);

    static final String TWIN_B = "abcdef0" + "2".repeat(57);

    @TempDir
    Path dir;

    SqliteCaseModelStore store;
    CaseModel model;

    @BeforeEach
    void open() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("case.db"));
        store = new SqliteCaseModelStore(db);
        SqliteDocumentStore corpus = new SqliteDocumentStore(db);
        save(corpus, MEMO, "DMV to ICE", "arrest him");
        save(corpus, TWIN_A, "one");
        save(corpus, TWIN_B, "other");
        model = new CaseModel(store, corpus);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void save(SqliteDocumentStore corpus, String id, String... pages) {
        List<Page> ps = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) ps.add(new Page(id, i + 1, pages[i], false));
        corpus.saveExtraction(
                new Document(
                        id,
                        10,
                        "application/pdf",
                        "memo",
                        null,
                        null,
                        null,
                        "eng",
                        null,
                        ExtractionStatus.DONE,
                        null,
                        null,
                        pages.length),
                ps);
    }

    static CaseEvent arrest(String id, Citation... citations) {
        return new CaseEvent(
                id,
                EventDate.parse("2017-03-17"),
                EventKind.of("adverse.arrest"),
                List.of(new Participant("Enrique Balcázar", Part.TARGET)),
                "Burlington",
                "Arrested",
                false,
                List.of(citations));
    }

    @Test
    void aCitationToTheCorpusIsStoredWithTheDocumentsFullId() {
        assertThat(model.checked(Citation.document(MEMO, 2, "arrest him")).documentId())
                .isEqualTo(MEMO);
        assertThat(model.checked(Citation.document("  " + MEMO.toUpperCase(java.util.Locale.ROOT) + " ", 1, ""))
                        .documentId())
                .isEqualTo(MEMO);
        assertThat(model.checked(Citation.document("3f1c9a", 1, "")).documentId())
                .isEqualTo(MEMO); // six digits are enough
        assertThat(model.checked(Citation.document("3F1C9A02", 2, "q"))).isEqualTo(Citation.document(MEMO, 2, "q"));
    }

    @Test
    void aDocumentTheCorpusDoesNotHaveOrCannotTellApartIsRefused() {
        String hint = " in the case's corpus (give its id or a unique prefix of at least 6 characters)";
        assertThatThrownBy(() -> model.checked(Citation.document("3f1c9", 1, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no document '3f1c9'" + hint); // five digits are too few
        assertThatThrownBy(() -> model.checked(Citation.document("abcdef0", 1, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no document 'abcdef0'" + hint); // two documents start so
        assertThat(model.checked(Citation.document("abcdef02", 1, "")).documentId())
                .isEqualTo(TWIN_B);
        assertThatThrownBy(() -> model.checked(Citation.document("0".repeat(64), 1, "")))
                .isInstanceOf(CaseModelException.class);
        assertThatThrownBy(() -> model.checked(Citation.document("memo.pdf", 1, "")))
                .isInstanceOf(CaseModelException.class);
    }

    @Test
    void aPageTheDocumentDoesNotHaveIsRefusedSayingHowManyItHas() {
        assertThatThrownBy(() -> model.checked(Citation.document("3f1c9a", 3, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("document 3f1c9a02b7e4 has 2 pages; there is no page 3");
    }

    @Test
    void witnessAndOutsideCitationsAreNotLookedUpInTheCorpus() {
        Citation witness = Citation.witness(new WitnessStatement("Ana Ruiz", "two agents", "", "", "", "", ""));
        Citation outside = Citation.outside("https://example.org/a", "Seven Days", "2017-03-18", "");
        assertThat(model.checked(witness)).isSameAs(witness);
        assertThat(model.checked(outside)).isSameAs(outside);
    }

    @Test
    void anEventIsSavedOnlyWhenEveryCitationChecksAndThenWithFullIds() {
        assertThatThrownBy(() -> model.saveEvent(
                        arrest("E1", Citation.document("3f1c9a", 2, "arrest him"), Citation.document("3f1c9a", 9, ""))))
                .isInstanceOf(CaseModelException.class)
                .hasMessageContaining("no page 9");
        assertThat(store.events()).isEmpty();
        CaseEvent saved = model.saveEvent(arrest(
                "E1", Citation.document("3f1c9a", 2, "arrest him"), Citation.outside(null, "Seven Days", null, "")));
        assertThat(saved.citations()).extracting(Citation::documentId).containsExactly(MEMO, null);
        assertThat(store.event("E1").orElseThrow().citations().get(0).documentId())
                .isEqualTo(MEMO);
    }

    @Test
    void aCitationIsAddedOnlyToAnEventTheCaseHas() {
        model.saveEvent(arrest("E1"));
        assertThatThrownBy(() -> model.cite("E9", Citation.document("3f1c9a", 1, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no event 'E9'");
        assertThatThrownBy(() -> model.cite("E1", Citation.document("3f1c9a", 5, "")))
                .isInstanceOf(CaseModelException.class);
        assertThat(store.event("E1").orElseThrow().citations()).isEmpty();
        Citation added = model.cite("E1", Citation.document("3f1c9a02", 1, "DMV to ICE"));
        assertThat(added.id()).isPositive();
        assertThat(added.documentId()).isEqualTo(MEMO);
        assertThat(store.citation(added.id())).contains(added);
    }

    @Test
    void aFindingNamesAClaimElementEventOrCitationTheCaseHas() {
        Citation c = model.cite(model.saveEvent(arrest("E1")).id(), Citation.document(MEMO, 2, "arrest him"));
        store.saveClaim(new Claim(
                "fa",
                "first-amendment-retaliation",
                "First Amendment retaliation",
                "",
                List.of(
                        new ClaimElement("adverse-action", "Adverse action", "", ""),
                        new ClaimElement("motive", "Motive", "", ""))));
        assertThatThrownBy(() -> model.link(new Finding(0, "ra", "arrest", "E1", null, Weight.SUPPORTS, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("the case has no claim 'ra'; adopt it first with: redress claims add");
        assertThatThrownBy(() -> model.link(new Finding(0, "fa", "motiv", "E1", null, Weight.SUPPORTS, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("claim 'fa' has no element 'motiv'; its elements are adverse-action, motive");
        assertThatThrownBy(() -> model.link(new Finding(0, "fa", "motive", "E2", null, Weight.SUPPORTS, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no event 'E2'");
        assertThatThrownBy(() -> model.link(new Finding(0, "fa", "motive", null, c.id() + 100, Weight.SUPPORTS, "")))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("there is no citation " + (c.id() + 100));
        assertThat(store.findings()).isEmpty();

        Finding byEvent =
                model.link(new Finding(0, "fa", "adverse-action", "E1", null, Weight.SUPPORTS_STRONGLY, "arrested"));
        Finding byCitation = model.link(new Finding(0, "fa", "motive", null, c.id(), Weight.WEAKLY, "'arrest him'"));
        assertThat(byEvent.id()).isPositive();
        assertThat(store.findings()).containsExactly(byEvent, byCitation);
    }
}
