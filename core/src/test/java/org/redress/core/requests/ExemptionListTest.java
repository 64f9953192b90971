package org.redress.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExemptionListTest {

    @Test
    void splitsOnSemicolonsAndCommasKeepingEachMarkAsWritten() {
        assertThat(ExemptionList.parse("(b)(6);(b)(7)(C)").marks()).containsExactly("(b)(6)", "(b)(7)(C)");
        assertThat(ExemptionList.parse(" (b)(6), (b)(7)(C) ; § 317(c)(7)").marks())
                .containsExactly("(b)(6)", "(b)(7)(C)", "§ 317(c)(7)");
        assertThat(ExemptionList.parse("(b)(7)(c)").marks()).containsExactly("(b)(7)(c)"); // as written, not respelled
    }

    @Test
    void repeatsAreKeptOnceInTheOrderFirstGiven() {
        assertThat(ExemptionList.parse("(b)(7)(C); (b)(6); (b)(7)(C);(b)(6)").marks())
                .containsExactly("(b)(7)(C)", "(b)(6)");
        assertThat(new ExemptionList(List.of("(b)(5)", " (b)(5) ")).marks()).containsExactly("(b)(5)");
    }

    @Test
    void blankTextAndEmptyItemsAreNone() {
        assertThat(ExemptionList.parse(null)).isEqualTo(ExemptionList.NONE);
        assertThat(ExemptionList.parse("  ").isEmpty()).isTrue();
        assertThat(ExemptionList.parse(";, ;").marks()).isEmpty();
        assertThat(ExemptionList.parse("(b)(6);;").marks()).containsExactly("(b)(6)");
        assertThat(new ExemptionList(null).marks()).isEmpty();
    }

    @Test
    void aMarkThatIsNotAnExemptionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ExemptionList.parse("(b)(6); <script>"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("exemptions: '<script>' does not look like an exemption such as (b)(6) or (b)(7)(C)")
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("exemptions");
        assertThatThrownBy(() -> ExemptionList.parse("(b)(6) (b)(7)(C) (b)(7)(E) (b)(5) and more"))
                .hasMessageContaining(
                        "does not look like an exemption"); // more than 40 characters: two marks run together
        assertThatThrownBy(() -> new ExemptionList(List.of("(b)(6)", " ")))
                .hasMessage("exemptions: '' does not look like an exemption such as (b)(6) or (b)(7)(C)");
        assertThatThrownBy(() -> new ExemptionList(List.of("(b)(6);(b)(7)(C)")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void marksCannotBeChangedFromOutside() {
        List<String> given = new ArrayList<>(List.of("(b)(6)"));
        ExemptionList list = new ExemptionList(given);
        given.add("(b)(5)");
        assertThat(list.marks()).containsExactly("(b)(6)");
        assertThatThrownBy(() -> list.marks().add("(b)(5)")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void textReadsBack(@ForAll("marks") List<String> marks) {
        ExemptionList list = new ExemptionList(marks);
        assertThat(ExemptionList.parse(list.text())).isEqualTo(list);
        assertThat(list.marks()).containsExactlyElementsOf(new LinkedHashSet<>(marks));
    }

    @Provide
    Arbitrary<List<String>> marks() {
        Arbitrary<String> mark = Arbitraries.oneOf(
                Arbitraries.of(
                        "(b)(1)",
                        "(b)(5)",
                        "(b)(6)",
                        "(b)(7)(A)",
                        "(b)(7)(C)",
                        "(b)(7)(E)",
                        "§ 317(c)(7)",
                        "1 V.S.A. 317"),
                Arbitraries.strings()
                        .withChars("ab(b)67.§ -É")
                        .ofMinLength(1)
                        .ofMaxLength(40)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty()));
        return mark.list().ofMaxSize(8);
    }
}
