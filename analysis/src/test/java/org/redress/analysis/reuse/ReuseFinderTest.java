package org.redress.analysis.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.redress.core.reuse.MatchKind;

class ReuseFinderTest {
    static final String FLYER = "Neighbors of the Riverside Tenants Union will gather on Saturday at the old cannery to"
            + " plan a march against the new detention contract. We ask every family who has lost a member to"
            + " the raids to bring a photograph, and we will read their names aloud on the steps of the county"
            + " building before the commissioners vote on Tuesday morning.";
    static final String NOTES =
            "Acta de la reunión cerrada: Graciela propuso que la coalición pida una audiencia pública"
                    + " sobre el acuerdo con inmigración, y que los voluntarios acompañen a las familias a la corte de"
                    + " Olmedo cada jueves, sin avisar a la prensa hasta que el abogado revise las declaraciones juradas.";
    static final String FILLER = "Per the request of the field office, the analyst reviewed open sources for the"
            + " week and summarised activity relevant to the operation. Attachments follow. ";

    private final ReuseFinder finder = new ReuseFinder(List.of(FoldedWords.of(FLYER), FoldedWords.of(NOTES)), 40);

    private List<ReuseFinder.Passage> find(String page) {
        return finder.matcher().find(FoldedWords.of(page));
    }

    @Test
    void aVerbatimQuoteIsFoundWithExactBoundsOnBothSides() {
        String page = FILLER + FLYER + " " + FILLER;
        List<ReuseFinder.Passage> found = find(page);

        assertThat(found).hasSize(1);
        ReuseFinder.Passage p = found.get(0);
        assertThat(p.reference()).isZero();
        assertThat(p.kind()).isEqualTo(MatchKind.VERBATIM);
        FoldedWords words = FoldedWords.of(page);
        assertThat(page.substring(
                        words.start(p.alignment().pageFrom()),
                        words.end(p.alignment().pageTo())))
                .isEqualTo(FLYER.substring(0, FLYER.length() - 1)); // up to the last word, not its full stop
        assertThat(p.alignment().referenceFrom()).isZero();
        assertThat(p.alignment().referenceTo()).isEqualTo(FoldedWords.of(FLYER).size() - 1);
    }

    @Test
    void reWrappedReCasedAndHyphenatedTextIsStillVerbatim() {
        String wrapped = FLYER.toUpperCase(Locale.ROOT)
                .replace(" PLAN A MARCH ", "\nPLAN A MARCH\n")
                .replace("PHOTOGRAPH", "PHOTO-\ngraph");
        List<ReuseFinder.Passage> found = find(FILLER + wrapped + FILLER);

        assertThat(found).extracting(ReuseFinder.Passage::kind).containsExactly(MatchKind.VERBATIM);
    }

    @Test
    void ocrDamageMakesANearMatch() {
        String damaged = FLYER.replace("Neighbors", "Ne1ghbors")
                .replace("cannery", "cannerv")
                .replace("detention", "detentlon")
                .replace("photograph", "pbotograph")
                .replace("commissioners", "comrnissioners")
                .replace("building", "bui1ding")
                .replace(" the raids", " therai ds");
        List<ReuseFinder.Passage> found = find(FILLER + damaged + FILLER);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(MatchKind.NEAR);
        assertThat(found.get(0).alignment().similarity()).isBetween(0.8, 0.99);
    }

    @Test
    void spanishNotesAreFoundWithoutTheirAccents() {
        String page = FILLER + NOTES.replace("reunión", "reunion").replace("pública", "publica") + FILLER;
        List<ReuseFinder.Passage> found = find(page);

        assertThat(found).extracting(ReuseFinder.Passage::reference).containsExactly(1);
    }

    @Test
    void aRecordThatDiscussesTheSubjectWithoutQuotingIsNotAMatch() {
        String page = "Commissioners vote Tuesday on the detention contract. Per sources, the Riverside Tenants Union"
                + " (a coalition of families) wants a public hearing; its volunteers go to court on Thursdays. A"
                + " march is likely; the old cannery and the county building steps were named as places. Members"
                + " may read names of those lost in raids and bring photographs of the families. Saturday is open.";
        assertThat(find(page)).isEmpty();
    }

    @Test
    void aRewordingThatFollowsOurWordsInOrderIsAParaphrase() {
        String page = FILLER + "Neighbors from the Riverside Tenants Union are going to meet Saturday at the old"
                + " cannery to organise a march against the detention contract. They want every family that lost"
                + " someone to the raids to bring a picture, and they plan to read the names out loud on the steps"
                + " of the county building before the commissioners vote Tuesday morning. " + FILLER;
        assertThat(find(page)).extracting(ReuseFinder.Passage::kind).containsExactly(MatchKind.PARAPHRASE);
    }

    @Test
    void aShortQuoteIsBelowTheMinimum() {
        String page = FILLER + "we will read their names aloud on the steps of the county building" + FILLER;
        assertThat(find(page)).isEmpty();
    }

    @Test
    void twoQuotesOnOnePageAreTwoPassages() {
        List<ReuseFinder.Passage> found = find(FILLER + FLYER + FILLER + FILLER + NOTES + FILLER);
        assertThat(found).extracting(ReuseFinder.Passage::reference).containsExactly(0, 1);
    }
}
