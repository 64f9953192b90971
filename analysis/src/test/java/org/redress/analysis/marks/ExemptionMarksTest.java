package org.redress.analysis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExemptionMarksTest {
    static List<String> codes(String text) {
        return ExemptionMarks.find(text).stream().map(Found::code).toList();
    }

    @Test
    void federalMarksAsPrintedAndAsOcrReadsThem() {
        assertThat(codes("Name: (b)(6) Agent (b)(7)(C) and (b) (6) and (b) (7) (E); OCR: (bX6) (bX7XC) (b)(7)(c)"))
                .containsExactly("(b)(6)", "(b)(7)(C)", "(b)(6)", "(b)(7)(E)", "(b)(6)", "(b)(7)(C)", "(b)(7)(C)");
        assertThat(ExemptionMarks.find("(b)(6)").get(0).label()).isEqualTo("us-foia");
    }

    @Test
    void bareMarksInListsBannersMarginsAndBrackets() {
        assertThat(codes("Withheld: b6, b7c")).containsExactly("(b)(6)", "(b)(7)(C)");
        assertThat(codes("RELEASE IN PART B5,B6")).containsExactly("(b)(5)", "(b)(6)");
        assertThat(codes("RELEASE IN\n        PART B6\n")).containsExactly("(b)(6)");
        assertThat(codes("From: sbwhoeop                                  B6\nTo: H"))
                .containsExactly("(b)(6)");
        assertThat(codes("text\n                     1.4(D)\n                     B1\nmore"))
                .containsExactly("1.4(d)", "(b)(1)");
        assertThat(codes("RELEASE IN PART\n   B1,1.4(B),1.4(D)\n")).containsExactly("(b)(1)", "1.4(b)", "1.4(d)");
        assertThat(codes("the name [b6] was")).containsExactly("(b)(6)");
        assertThat(codes("B7(C)\n")).containsExactly("(b)(7)(C)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Take vitamin B6 daily.",
                "She held a B1 visa for years.",
                "Seat B5 on the bus",
                "Plan B was to call at 7 pm.",
                "Room 7(1)(c) of the annex",
                "He paid 552.101 dollars",
                "the B12 shot and b16 form"
            })
    void bareFormsInOrdinaryTextAreNotMarks(String text) {
        assertThat(codes(text)).isEmpty();
    }

    @Test
    void stateEquivalents() {
        List<Found> found = ExemptionMarks.find("Withheld under Cal. Gov. Code § 6254(f) and Gov. Code § 7922.000;"
                + " Tex. Gov't Code § 552.101, § 552.130; 5 ILCS 140/7(1)(c).");
        assertThat(found.stream().map(Found::code))
                .containsExactly(
                        "Gov. Code § 6254(f)",
                        "Gov. Code § 7922.000",
                        "Gov't Code § 552.101",
                        "Gov't Code § 552.130",
                        "5 ILCS 140/7(1)(c)");
        assertThat(found.stream().map(Found::label)).containsExactly("us-ca", "us-ca", "us-tx", "us-tx", "us-il");
        assertThat(codes("RELEASED IN PART 552.108, 552.130"))
                .containsExactly("Gov't Code § 552.108", "Gov't Code § 552.130");
        assertThat(codes("Redacted: 7(1)(c)")).containsExactly("5 ILCS 140/7(1)(c)");
    }

    @Test
    void offsetsCoverTheMark() {
        String text = "Agent (b)(6) met";
        Found f = ExemptionMarks.find(text).get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("(b)(6)");
    }
}
