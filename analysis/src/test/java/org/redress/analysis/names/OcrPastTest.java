package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.names.OcrRuleTest.counted;
import static org.redress.analysis.names.OcrRuleTest.counts;
import static org.redress.analysis.names.OcrRuleTest.onScan;
import static org.redress.analysis.names.OcrRuleTest.onText;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a page read by OCR: a word one confusion past OCR's budget, counted only beside a given name and both surnames;
 * and the last letter of a long given name damaged as any other letter.
 */
class OcrPastTest {
    static final WatchedPerson ENRIQUE = NameMatcherTest.ENRIQUE;

    @Test
    void aWordPastTheBudgetCountsBesideAGivenNameAndBothSurnames() {
        // x for a twice: two letters of no confusion in eight, past the budget of 1.5 by one confusion.
        NamePart balcazar = new NamePart(NamePart.Role.SURNAME, 0, "Balcázar", "balcazar");
        assertThat(OcrDamage.of(balcazar, "bxlcxzar")).isNull();
        assertThat(OcrDamage.of(balcazar, "bxlcxzar", OcrKey.of("bxlcxzar"), OcrDamage.CHEAP)
                        .cost())
                .isEqualTo(2.0);
        String page = "Agents saw José Enrique Bxlcxzar Sánchez at the vigil.";
        NameHit h = counted(onScan(ENRIQUE, page), "José Enrique Bxlcxzar Sánchez");
        assertThat(h.score()).isEqualTo(WordRule.OCR_PAST.weight());
        assertThat(h.explanation())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("'Bxlcxzar' = surname 1 'Balcázar': OCR damage one confusion past the budget")
                        .contains("cost 2 of 2"));
        assertThat(counts(onText(ENRIQUE, page))).isFalse();
    }

    @Test
    void aWordPastTheBudgetIsNoMentionWithFewerParts() {
        // A given name and one surname, or both surnames alone, do not vouch for it.
        assertThat(counts(onScan(ENRIQUE, "Agents saw José Bxlcxzar at the vigil.")))
                .isFalse();
        assertThat(counts(onScan(ENRIQUE, "Agents saw Bxlcxzar Sánchez at the vigil.")))
                .isFalse();
        // Nor does a person with one surname: a look-alike surname beside the given name stays another name.
        WatchedPerson grace = new WatchedPerson("g", "Grace Edwards", List.of());
        assertThat(counts(onScan(grace, "cc: Grace Edxarxs"))).isFalse();
        // A conflicting second surname stays a conflict.
        assertThat(counts(onScan(ENRIQUE, "Present: José Enrique Balcázar Sandoval and two others.")))
                .isFalse();
    }

    @Test
    void aWordPastTheBudgetByOcrsKindsOfDamageAloneCountsBesideAGivenNameAndTheOnlySurname() {
        // Two letters lost from Black, n for r and a lost s in Rivers, a doubled H and a for e in Hope: every edit
        // one of OCR's kinds, one confusion past the budget.
        counted(onScan(new WatchedPerson("v", "Victoria Samuel Black", List.of()), "cc: Victoria Blk"), "Victoria Blk");
        WatchedPerson walter = new WatchedPerson("w", "Walter Rivers", List.of());
        NameHit h = counted(onScan(walter, "cc: Wallter Riven"), "Wallter Riven");
        assertThat(h.score()).isEqualTo(WordRule.OCR_PAST_CONFUSIONS.weight());
        assertThat(h.explanation())
                .anySatisfy(l ->
                        assertThat(l).startsWith("'Riven' = surname 1 'Rivers'").contains("all of it OCR's"));
        counted(onScan(new WatchedPerson("h", "Hope Field", List.of()), "cc: HHopa Field"), "HHopa Field");
        assertThat(counts(onText(walter, "cc: Wallter Riven"))).isFalse();
        // Not two such words, and not a word with an edit of another kind (Grace Edxarxs, above).
        assertThat(counts(onScan(walter, "cc: Wltr Riven"))).isFalse();
        // Beside a person's two surnames, one of them is not enough, as for any word past the budget.
        assertThat(counts(onScan(ENRIQUE, "Agents saw José Ba1czr at the vigil.")))
                .isFalse();
    }

    @Test
    void theLastLetterOfALongGivenNameIsDamagedAsAnyOther() {
        WatchedPerson rebecca = new WatchedPerson("r", "Rebecca Mills", List.of());
        NameHit h = counted(onScan(rebecca, "cc: Rebeccx Mills"), "Rebeccx Mills");
        assertThat(h.explanation()).first().asString().contains("'x' for 'a'");
        assertThat(counts(onText(rebecca, "cc: Rebeccx Mills"))).isFalse();
    }

    @Test
    void aLetterAddedAtTheEndOrAShortFormOfTheTableIsAnotherName() {
        // Ramona is not Ramón, however cheap its letters: a letter added at the end makes another given name.
        WatchedPerson ramon = new WatchedPerson("r", "Ramón Quintanilla Rosales", List.of());
        assertThat(counts(onScan(ramon, "Se identificó a Ramona Quintanilla Rosales.")))
                .isFalse();
        counted(onScan(ramon, "Se identificó a Ramóx Quintanilla Rosales."), "Ramóx Quintanilla Rosales");
        // Mari is a short form of María in the table, not Mario with its last letter lost.
        WatchedPerson mario = new WatchedPerson("m", "Mario Quintanilla Rosales", List.of());
        assertThat(counts(onScan(mario, "Se identificó a Mari Quintanilla Rosales.")))
                .isFalse();
        counted(onScan(mario, "Se identificó a Marix Quintanilla Rosales."), "Marix Quintanilla Rosales");
    }
}
