package org.redress.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final String ENGLISH =
            "The field office opened a file on the vigil after the organisers spoke to the"
                    + " press about the detentions at the county jail. ";
    private static final String SPANISH = "La oficina abrió un expediente sobre la vigilia después de que las"
            + " organizadoras hablaran con la prensa sobre las detenciones en la cárcel del condado. ";

    private final LanguageGuesser guesser = LanguageGuesser.shared();

    @Test
    void shortAndLongTextsInEitherLanguage() {
        assertThat(guesser.guess(ENGLISH)).isEqualTo("eng");
        assertThat(guesser.guess(SPANISH)).isEqualTo("spa");
        assertThat(guesser.guess(ENGLISH.repeat(40))).isEqualTo("eng");
        assertThat(guesser.guess(SPANISH.repeat(40))).isEqualTo("spa");
    }

    @Test
    void aLongTextIsJudgedOnMoreThanItsOpeningWhenTheOpeningIsUnclear() {
        // An opening of numbers and codes says little; the Spanish prose after it decides.
        String opening = "Ref. 2024-0117 / A-0335 / 17:05 / 0800 / ".repeat(30);
        assertThat(guesser.guess(opening + SPANISH.repeat(20))).isEqualTo("spa");
    }

    @Test
    void tooFewLettersToSay() {
        assertThat(guesser.guess("12/05/2024 14:30 #4471")).isNull();
    }
}
