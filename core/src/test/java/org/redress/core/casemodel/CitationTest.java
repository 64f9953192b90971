package org.redress.core.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three kinds of citation, what each needs, and how a chronology labels it. */
class CitationTest {
    static final String DOC = "3f1c9a02b7e4" + "0".repeat(52);
    static final WitnessStatement STATEMENT = new WitnessStatement(
            "Ana Ruiz",
            "two agents put him in a grey SUV",
            "2017-03-17",
            "Main St",
            "we know who you are",
            "grey Ford SUV",
            "#4411");

    @Test
    void aDocumentCitationNeedsADocumentAndAPageOfOneOrMore() {
        Citation c = Citation.document(DOC, 14, "arrest him");
        assertThat(c.type()).isEqualTo(Citation.Type.DOCUMENT);
        assertThat(c.id()).isZero(); // the store assigns it
        assertThat(c.documentId()).isEqualTo(DOC);
        assertThat(c.page()).isEqualTo(14);
        assertThat(c.quote()).isEqualTo("arrest him");
        assertThatThrownBy(() -> Citation.document(" ", 1, ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a document citation needs a document id");
        assertThatThrownBy(() -> Citation.document(null, 1, "")).isInstanceOf(CaseModelException.class);
        assertThatThrownBy(() -> Citation.document(DOC, 0, ""))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a document citation needs a page number of 1 or more");
        assertThatThrownBy(() -> new Citation(0, Citation.Type.DOCUMENT, DOC, null, "", null, null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessageContaining("page number");
    }

    @Test
    void aWitnessCitationNeedsTheStatementAndQuotesTheWordsSaid() {
        Citation c = Citation.witness(STATEMENT);
        assertThat(c.type()).isEqualTo(Citation.Type.WITNESS);
        assertThat(c.statement()).isEqualTo(STATEMENT);
        assertThat(c.quote()).isEqualTo("we know who you are");
        assertThat(c.documentId()).isNull();
        assertThat(c.page()).isNull();
        assertThatThrownBy(() -> new Citation(0, Citation.Type.WITNESS, null, null, "", null, null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a witness citation needs the statement");
    }

    @Test
    void anOutsideSourceNeedsAUrlOrATitle() {
        assertThat(Citation.outside("https://example.org/a", null, null, null).url())
                .isEqualTo("https://example.org/a");
        assertThat(Citation.outside(null, "Seven Days", "2017-03-18", "q").title())
                .isEqualTo("Seven Days");
        assertThat(Citation.outside(null, "Seven Days", null, null).quote()).isEmpty(); // never null
        assertThatThrownBy(() -> Citation.outside(" ", "", "2017-03-18", "q"))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("an outside source needs a URL or a title");
        assertThatThrownBy(() -> Citation.outside(null, null, null, null)).isInstanceOf(CaseModelException.class);
    }

    @Test
    void aCitationNeedsAType() {
        assertThatThrownBy(() -> new Citation(0, null, DOC, 1, "", null, null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a citation needs a type");
    }

    @Test
    void labelsReadAsACourtCitesThem() {
        assertThat(Citation.document(DOC, 14, "").label()).isEqualTo("doc 3f1c9a02b7e4, p. 14");
        assertThat(Citation.document("abc123", 2, "").label()).isEqualTo("doc abc123, p. 2"); // a short id is not cut
        assertThat(Citation.witness(STATEMENT).label()).isEqualTo("statement of Ana Ruiz (2017-03-17)");
        assertThat(Citation.witness(new WitnessStatement("Ana Ruiz", "agents", null, null, null, null, null))
                        .label())
                .isEqualTo("statement of Ana Ruiz");
        assertThat(Citation.outside("https://example.org/a", "Seven Days", "2017-03-18", "")
                        .label())
                .isEqualTo("Seven Days (2017-03-18), https://example.org/a");
        assertThat(Citation.outside("https://example.org/a", null, null, "").label())
                .isEqualTo("https://example.org/a");
        assertThat(Citation.outside(null, "Seven Days", "", "").label()).isEqualTo("Seven Days");
        assertThat(Citation.outside(null, "Seven Days", "2017-03-18", "").label())
                .isEqualTo("Seven Days (2017-03-18)");
    }

    /** What an imported source cell with a URL and a source_date gives: the date follows the URL it dates. */
    @Test
    void anOutsideSourceWithAUrlAndADateButNoTitleReadsAsTheUrlAndItsDate() {
        assertThat(Citation.outside("https://example.org/a", null, "2017-03-18", "")
                        .label())
                .isEqualTo("https://example.org/a (2017-03-18)");
        assertThat(Citation.outside("https://example.org/a", " ", "2017-03-18", "")
                        .label())
                .isEqualTo("https://example.org/a (2017-03-18)");
    }

    @Test
    void withIdAndWithDocumentIdChangeOnlyThatField() {
        Citation c = Citation.document("3f1c9a", 3, "q");
        Citation stored = c.withId(42).withDocumentId(DOC);
        assertThat(stored).isEqualTo(new Citation(42, Citation.Type.DOCUMENT, DOC, 3, "q", null, null, null, null));
        assertThat(c.documentId()).isEqualTo("3f1c9a");
    }

    @Test
    void typeCodesAreLowerCaseAndReadBack() {
        for (Citation.Type t : Citation.Type.values()) {
            assertThat(t.code()).isEqualTo(t.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(Citation.Type.fromCode(" " + t.code().toUpperCase(java.util.Locale.ROOT) + " "))
                    .isEqualTo(t);
        }
    }

    @Test
    void aWitnessStatementNeedsTheWitnessAndWhatTheySaw() {
        assertThatThrownBy(() -> new WitnessStatement(" ", "agents", null, null, null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a witness statement needs the witness's name");
        assertThatThrownBy(() -> new WitnessStatement("Ana", null, null, null, null, null, null))
                .isInstanceOf(CaseModelException.class)
                .hasMessage("a witness statement needs what the witness saw");
        WitnessStatement bare = new WitnessStatement("Ana", "agents", null, null, null, null, null);
        assertThat(bare).isEqualTo(new WitnessStatement("Ana", "agents", "", "", "", "", ""));
    }
}
