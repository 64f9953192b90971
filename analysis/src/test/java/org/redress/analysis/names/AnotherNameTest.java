package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.names.NameMatcherTest.ENRIQUE;
import static org.redress.analysis.names.NameMatcherTest.counted;
import static org.redress.analysis.names.NameMatcherTest.hits;
import static org.redress.analysis.names.OcrRuleTest.counts;
import static org.redress.analysis.names.OcrRuleTest.onScan;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another given name, or another second surname, beside a watched person's other names is another person, not the
 * name damaged: always on a page with a text layer, and on a scan unless it is OCR's kind of damage and no other given
 * name ({@link PartRules#damaged}).
 */
class AnotherNameTest {
    static final WatchedPerson JULIAN = new WatchedPerson("j", "Julián Pérez García", List.of());
    /** A watched given name and another name made from it by letters added at its end. */
    static final Map<String, List<String>> OTHERS = Map.of(
            "Julián", List.of("Juliana"),
            "María", List.of("Mariana"),
            "Daniel", List.of("Daniela"),
            "José", List.of("Josefina", "Joséfina"));

    static String page(String name) {
        return "Agents observed " + name + " Pérez García at the vigil.";
    }

    static WatchedPerson watched(String given) {
        return new WatchedPerson("p", given + " Pérez García", List.of());
    }

    @Test
    void anotherGivenNameBesideBothSurnamesIsAnotherPersonOnATextPage() {
        // Both surnames would make a hit alone; the word in the given name's place is not the name damaged.
        OTHERS.forEach((given, others) -> {
            for (String other : others)
                assertThat(hits(watched(given), page(other))).as(other).isEmpty();
        });
        // In capitals, where any word could be a name, the conflict lowers the score below the threshold.
        assertThat(hits(JULIAN, "re: JULIANA PEREZ GARCIA"))
                .allSatisfy(h -> assertThat(h.score()).isLessThan(NameMatcher.THRESHOLD));
        // Letters off past the rules are another name too: a text layer is as written.
        assertThat(hits(JULIAN, page("Jxlixn"))).isEmpty();
    }

    @Test
    void theNameItselfStillCountsOnATextPage() {
        // Its accent dropped or mangled, or a typing error the rules read.
        for (String written : List.of("Julian", "JuliÃ¡n", "Jluián"))
            counted(JULIAN, page(written), written + " Pérez García");
        counted(JULIAN, "re: JULIAN PEREZ GARCIA", "JULIAN PEREZ GARCIA");
        counted(JULIAN, "the file on Pérez García was opened", "Pérez García");
    }

    @Test
    void anotherSecondSurnameTwoLettersOffIsAnotherPersonOnATextPage() {
        assertThat(hits(ENRIQUE, "Enrique Balcázar Sancho was stopped.")).isEmpty();
        counted(ENRIQUE, "Enrique Balcázar Sanches was stopped.", "Enrique Balcázar Sanches");
    }

    @Test
    void onAScanAGivenNameDamagedPastItsRulesIsNoRivalButAnotherGivenNameIs() {
        // Beyond every OCR reading of the given name, yet two letters off it: damage, so both surnames count.
        assertThat(onScan(JULIAN, page("Jxlixn"))).extracting(NameHit::matched).containsExactly("Pérez García");
        OTHERS.forEach((given, others) -> {
            for (String other : others)
                assertThat(counts(onScan(watched(given), page(other))))
                        .as(other)
                        .isFalse();
        });
        // A letter OCR doubled at the end adds no letter to the name.
        assertThat(onScan(watched("Daniel"), page("Daniell")))
                .extracting(NameHit::matched)
                .containsExactly("Daniell Pérez García");
    }
}
