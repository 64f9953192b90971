package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 content lines: escaping (§3.3.11) and folding at 75 octets without splitting a character (§3.1). */
class ICalendarTest {
    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void longLinesFoldAt75OctetsAndNeverSplitACharacter() {
        String value = "DESCRIPTION:" + "Solicitud de información — acción urgente ñandú ".repeat(6) + "😀".repeat(30);
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, value);
        String folded = out.toString();
        assertThat(folded).endsWith("\r\n");
        for (String line : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
            assertThat(Character.isLowSurrogate(line.charAt(0))
                            || (line.length() > 1 && Character.isLowSurrogate(line.charAt(1)) && line.charAt(0) == ' '))
                    .as("a continuation never starts inside a surrogate pair")
                    .isFalse();
        }
        assertThat(folded.split("\r\n").length).isGreaterThan(4);
        // unfolding gives back the value
        assertThat(folded.replace("\r\n ", "").replace("\r\n", "")).isEqualTo(value);
    }

    @Test
    void aShortLineIsLeftAlone() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "VERSION:2.0");
        assertThat(out.toString()).isEqualTo("VERSION:2.0\r\n");
    }
}
