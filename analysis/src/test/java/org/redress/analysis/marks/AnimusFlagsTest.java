package org.redress.analysis.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;

class AnimusFlagsTest {
    final AnimusFlags flags = new AnimusFlags(Lexicon.builtIn());

    @Test
    void termsAreFoundWhateverTheirCaseAccentsAndHyphensWithTheirSentence() {
        String page = "MEMO\nThe subjects have south of the border names and\nlive near the farm. Two ANCHOR-BABIES"
                + " were noted.\n\nLos ILEGALES y los mojados se reunieron. Un agitadór habló.";
        List<Found> found = flags.find(page);
        assertThat(found.stream().map(Found::code))
                .containsExactly("south of the border names", "anchor bab*", "ilegales", "mojado*", "agitador*");
        assertThat(found.get(0).label()).isEqualTo("profiling");
        assertThat(found.get(0).sentence())
                .isEqualTo("The subjects have south of the border names and live near the farm.");
        assertThat(found.get(1).sentence()).isEqualTo("Two ANCHOR-BABIES were noted.");
        assertThat(found.get(2).sentence()).isEqualTo("Los ILEGALES y los mojados se reunieron.");
        Found f = found.get(0);
        assertThat(page.substring(f.start(), f.end())).isEqualTo("south of the border names");
    }

    @Test
    void noStemmingAndNoPartsOfWords() {
        assertThat(flags.find("An illegal entry; the illegality; legal aid; Southern border."))
                .isEmpty();
    }

    @Test
    void theCaseAddsAndRemovesTerms() {
        Lexicon own = Lexicon.builtIn().with("""
                # our additions
                dissent-labelling: usual suspects
                -agitator*
                -Agitador*
                """, "lexicon.txt");
        AnimusFlags f = new AnimusFlags(own);
        assertThat(f.find("the usual suspects and an agitator; un agitador").stream()
                        .map(Found::code))
                .containsExactly("usual suspects");
        assertThat(own.fingerprint()).isNotEqualTo(Lexicon.builtIn().fingerprint());
        assertThat(Lexicon.builtIn().fingerprint()).isEqualTo(Lexicon.builtIn().fingerprint());
    }

    @Test
    void aBadLineIsNamedWithoutItsWords() {
        assertThatThrownBy(() -> Lexicon.builtIn().with("profiling:\nsecret words", "lexicon.txt"))
                .isInstanceOf(UserMistake.class)
                .hasMessageStartingWith("lexicon.txt line 1:")
                .hasMessageNotContaining("secret");
    }
}
