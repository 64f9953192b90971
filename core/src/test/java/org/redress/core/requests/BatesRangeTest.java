package org.redress.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BatesRangeTest {

    @Test
    void readsTheThreeWaysOfWritingARange() {
        assertThat(parse("DOJ000001-DOJ000040")).isEqualTo(new BatesRange("DOJ000001", "DOJ000040"));
        assertThat(parse("DOJ000001 - DOJ000040")).isEqualTo(new BatesRange("DOJ000001", "DOJ000040"));
        assertThat(parse("ICE-2018-000001..ICE-2018-000040"))
                .isEqualTo(new BatesRange("ICE-2018-000001", "ICE-2018-000040"));
        assertThat(parse("  1 .. 40  ")).isEqualTo(new BatesRange("1", "40"));
    }

    @Test
    void hyphenatedNumbersSplitWhereBothSidesHaveTheSameShape() {
        assertThat(parse("ICE-2018-000001-ICE-2018-000040"))
                .isEqualTo(new BatesRange("ICE-2018-000001", "ICE-2018-000040"));
        assertThat(parse("A-1-A-2")).isEqualTo(new BatesRange("A-1", "A-2"));
        // spaced hyphen and dots win over the shape rule: they leave no doubt
        assertThat(parse("ICE-01 - ICE-0002")).isEqualTo(new BatesRange("ICE-01", "ICE-0002"));
        assertThat(parse("A-B..C-D")).isEqualTo(new BatesRange("A-B", "C-D"));
        assertThat(parse("1..2..3")).isEqualTo(new BatesRange("1", "2..3")); // the first .. splits
    }

    @Test
    void blankIsAnUnstampedProduction() {
        assertThat(BatesRange.parse(null)).isEmpty();
        assertThat(BatesRange.parse("")).isEmpty();
        assertThat(BatesRange.parse(" \t ")).isEmpty();
    }

    @Test
    void anythingElseIsRefusedNamingTheFieldAndTheFix() {
        for (String bad : new String[] {
            "nonsense", "40", "1-", "-40", "..40", "1..", " - 40", "ICE-2018-000001-ICE-2018-0040", "A-B-C", "A-1-B-2"
        }) { // widths differ; no middle hyphen; prefixes differ
            assertThatThrownBy(() -> BatesRange.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("bates: '" + bad
                            + "' is not a Bates range; write FROM-TO, or FROM..TO when the numbers contain hyphens")
                    .extracting(e -> ((InvalidRequestException) e).field())
                    .isEqualTo("bates");
        }
    }

    @Test
    void aRangeNeedsBothEnds() {
        assertThatThrownBy(() -> new BatesRange("1", " "))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("bates: a Bates range needs a first and a last number");
        assertThatThrownBy(() -> new BatesRange(null, "2")).isInstanceOf(InvalidRequestException.class);
        assertThat(new BatesRange(" 1 ", "2\t")).isEqualTo(new BatesRange("1", "2"));
    }

    @Test
    void aProductionKeepsTheRangeInItsTwoFields() {
        Production p = Production.of(0, 7, 1, 0, null, null, parse("DHS-0001-DHS-0040"), ExemptionList.parse("(b)(6)"));
        assertThat(p.batesFrom()).isEqualTo("DHS-0001");
        assertThat(p.batesTo()).isEqualTo("DHS-0040");
        Production unstamped = Production.of(0, 7, 1, 0, null, null, null, ExemptionList.NONE);
        assertThat(unstamped.batesFrom()).isNull();
        assertThat(unstamped.batesTo()).isNull();
        assertThat(unstamped.exemptions()).isEmpty();
    }

    @Property
    void textReadsBack(@ForAll("ranges") BatesRange range) {
        assertThat(BatesRange.parse(range.text())).contains(range);
    }

    @Property
    void aSpacedHyphenReadsBack(@ForAll("ranges") BatesRange range) {
        assertThat(BatesRange.parse(range.from() + " - " + range.to())).contains(range);
    }

    /** Two numbers of one shape, as one stamp gives: a bare hyphen between them is enough. */
    @Property
    void sameShapeNumbersNeedOnlyAHyphen(
            @ForAll("prefixes") String prefix, @ForAll("digits") String first, @ForAll("digits") String second) {
        String from = prefix + first;
        String to = prefix + (second + first).substring(0, first.length());
        assertThat(BatesRange.parse(from + "-" + to)).contains(new BatesRange(from, to));
    }

    @Provide
    Arbitrary<BatesRange> ranges() {
        Arbitrary<String> number = Arbitraries.strings()
                .withChars("ABCICE0123456789-_/")
                .ofMinLength(1)
                .ofMaxLength(16)
                .filter(s -> !s.contains(" - "));
        return Combinators.combine(number, number).as(BatesRange::new);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "ICE-", "ICE-2018-", "DHS_", "VT-DMV-", "A-1-");
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
    }

    private static BatesRange parse(String text) {
        Optional<BatesRange> range = BatesRange.parse(text);
        assertThat(range).as(text).isPresent();
        return range.get();
    }
}
