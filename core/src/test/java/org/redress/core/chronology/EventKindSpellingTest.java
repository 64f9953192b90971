package org.redress.core.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one rule for how a typed kind code is read: {@link EventKind#canonicalCode}. */
class EventKindSpellingTest {

    @Test
    void canonicalCodeLowersTrimsAndJoinsWordsWithOneUnderscore() {
        assertThat(EventKind.canonicalCode("Protected.Public Statement")).isEqualTo("protected.public_statement");
        assertThat(EventKind.canonicalCode("PROTECTED.PUBLIC-STATEMENT")).isEqualTo("protected.public_statement");
        assertThat(EventKind.canonicalCode(" \tprotected . public -_ statement \n"))
                .isEqualTo("protected.public_statement");
        assertThat(EventKind.canonicalCode("\u00a0adverse.traffic\u2009stop\u00a0"))
                .isEqualTo("adverse.traffic_stop");
        assertThat(EventKind.canonicalCode("protected.public_statement")).isEqualTo("protected.public_statement");
        assertThat(EventKind.canonicalCode("Traffic Stop")).isEqualTo("traffic_stop"); // no category: still respelled
        assertThat(EventKind.canonicalCode(null)).isEmpty();
        assertThat(EventKind.canonicalCode("   ")).isEmpty();
    }

    @Test
    void canonicalCodeOnlyRespellsAndLeavesMistakesForTheRegistryToReport() {
        assertThat(EventKind.canonicalCode("hostile.raid")).isEqualTo("hostile.raid");
        assertThat(EventKind.canonicalCode("adverse.night/raid")).isEqualTo("adverse.night/raid");
        assertThat(EventKind.canonicalCode("protected.publicstatement")).isEqualTo("protected.publicstatement");
        assertThat(EventKind.canonicalCode("other.policy.v2"))
                .isEqualTo("other.policy.v2"); // only the first dot splits
    }

    @Property
    void everySpellingOfABuiltInKindFindsIt(
            @ForAll("builtIns") String code, @ForAll("breaks") List<String> breaks, @ForAll long caseSeed) {
        EventKindRegistry registry = EventKindRegistry.withBuiltIns();
        String typed = respell(code, breaks, caseSeed);
        assertThat(EventKind.canonicalCode(typed)).as(typed).isEqualTo(code);
        assertThat(registry.lookup(typed).code()).as(typed).isEqualTo(code);
    }

    @Property
    void canonicalCodeIsIdempotent(@ForAll("typedCodes") String typed) {
        String once = EventKind.canonicalCode(typed);
        assertThat(EventKind.canonicalCode(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> builtIns() {
        return Arbitraries.of(EventKindRegistry.BUILT_IN);
    }

    /** What may stand between two words, and around the code. */
    @Provide
    Arbitrary<List<String>> breaks() {
        return Arbitraries.of("_", "-", " ", "  ", " - ", "\t", "\u00a0", "-_")
                .list()
                .ofSize(8);
    }

    @Provide
    Arbitrary<String> typedCodes() {
        return Arbitraries.strings().withChars("aBz.-_ \t\u00a09").ofMaxLength(20);
    }

    /** The code with its letters in random case, each underscore replaced by a break, and a break around it. */
    private static String respell(String code, List<String> breaks, long caseSeed) {
        java.util.Random random = new java.util.Random(caseSeed);
        StringBuilder out = new StringBuilder(breaks.get(0).replace("_", " ").replace("-", " "));
        int next = 1;
        for (char c : code.toCharArray()) {
            if (c == '_') {
                out.append(breaks.get(next++ % breaks.size()));
            } else {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
        }
        return out.append(breaks.get(breaks.size() - 1).replace("_", " ").replace("-", " "))
                .toString();
    }
}
