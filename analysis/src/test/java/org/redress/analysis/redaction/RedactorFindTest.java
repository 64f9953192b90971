package org.redress.analysis.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the rules and the user's marks find things, for redacting pixels rather than strings. */
class RedactorFindTest {
    private static List<String> found(String text, List<Redactor.Found> found) {
        return found.stream()
                .map(f -> f.kind() + "=" + text.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void everyRuleFindsItsStretchInTextOrder() {
        String text = "Rosa, DOB: 03/14/1985, A123456789, at 1234 Main Street, (802) 555-0142, SSN 123-45-6789";
        assertThat(found(text, Redactor.standard().find(text)))
                .containsExactly(
                        "DATE_OF_BIRTH=03/14/1985",
                        "A_NUMBER=A123456789",
                        "ADDRESS=1234 Main Street",
                        "PHONE=(802) 555-0142",
                        "SSN=123-45-6789");
        assertThat(Redactor.standard().find("The vigil on 2017-03-17 was peaceful."))
                .isEmpty();
        assertThat(Redactor.standard().find(null)).isEmpty();
    }

    @Test
    void marksIgnoreLetterCaseSpacingAndAccentComposition() {
        String text = "Met ROSA  quintero and José\nMartínez; rosa Quintero left.";
        List<Redactor.Found> marked = Redactor.findMarked(text, List.of("Rosa Quintero", "Jose\u0301 Martínez", " "));
        assertThat(found(text, marked))
                .containsExactly("MARKED=ROSA  quintero", "MARKED=José\nMartínez", "MARKED=rosa Quintero");
    }
}
