package org.redress.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Tolled periods, directions of correspondence, productions and correspondence as values. */
class RequestValuesTest {
    static final String PERIOD_HINT = "is not a period; write FROM:TO, e.g. 2024-03-01:2024-03-08";

    @Test
    void aTolledPeriodIncludesBothDaysAndMayBeOneDay() {
        Tolled t = Tolled.parse(" 2024-03-04 : 2024-03-08 ");
        assertThat(t).isEqualTo(new Tolled(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8)));
        assertThat(t).hasToString("2024-03-04:2024-03-08");
        assertThat(Tolled.parse("2024-03-04:2024-03-04").from()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void aTolledPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Tolled.parse("2024-03-08:2024-03-04"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("tolled: the period 2024-03-08:2024-03-04 ends before it starts");
        assertThatThrownBy(() -> new Tolled(LocalDate.of(2024, 3, 4), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("tolled: a tolled period needs both days");
    }

    @Test
    void anythingButFromColonToIsRefusedWithTheForm() {
        for (String bad : new String[] {
            "2024-03-04",
            "2024-03-04:2024-03-08:2024-03-09",
            "2024-03-04..2024-03-08",
            "2024-3-4:2024-03-08",
            "2024-02-30:2024-03-08",
            ":",
            ""
        }) {
            assertThatThrownBy(() -> Tolled.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("tolled: '" + bad + "' " + PERIOD_HINT);
        }
        assertThatThrownBy(() -> Tolled.parse(null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(PERIOD_HINT);
    }

    @Property
    void aTolledPeriodReadsBackFromItsText(
            @ForAll @IntRange(min = 0, max = 20_000) int start, @ForAll @IntRange(max = 400) int length) {
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(start);
        Tolled t = new Tolled(from, from.plusDays(length));
        assertThat(Tolled.parse(t.toString())).isEqualTo(t);
    }

    @Test
    void directionsReadInAndOutInTheirWords() {
        for (String s : new String[] {"in", "IN", " incoming ", "received", "Received"}) {
            assertThat(Direction.parse(s)).as(s).isEqualTo(Direction.IN);
        }
        for (String s : new String[] {"out", "Outgoing", "sent", " SENT"}) {
            assertThat(Direction.parse(s)).as(s).isEqualTo(Direction.OUT);
        }
        assertThat(Direction.IN.id()).isEqualTo("in");
        assertThat(Direction.parse(Direction.OUT.id())).isEqualTo(Direction.OUT);
        for (String bad : new String[] {"inbound", "", "x"}) {
            assertThatThrownBy(() -> Direction.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("direction: '" + bad
                            + "' is not a direction; use in (from the agency) or out (to the agency)");
        }
        assertThatThrownBy(() -> Direction.parse(null))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("direction");
    }

    @Test
    void aProductionHasBothEndsOfItsBatesRangeOrNeither() {
        assertThatThrownBy(() -> new Production(0, 1, 1, 2, "p", null, "DHS-0001", null, List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("bates: a Bates range needs a first and a last number");
        assertThatThrownBy(() -> new Production(0, 1, 1, 2, "p", null, null, "DHS-0040", List.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new Production(0, 1, 1, 2, "p", null, null, null, null).exemptions())
                .isEmpty();
    }

    @Test
    void aProductionsExemptionsAreCopiedWhenItIsMade() {
        List<String> marks = new ArrayList<>(List.of("(b)(6)"));
        Production p = new Production(0, 1, 1, 2, "p", LocalDate.of(2024, 4, 2), "1", "40", marks);
        marks.add("(b)(7)(C)");
        assertThat(p.exemptions()).containsExactly("(b)(6)");
        assertThatThrownBy(() -> p.exemptions().add("(b)(5)")).isInstanceOf(UnsupportedOperationException.class);
        Production of = Production.of(
                3,
                1,
                2,
                9,
                "2024-ICFO-00077 production 2",
                LocalDate.of(2024, 4, 2),
                BatesRange.parse("ICE-2018-000001..ICE-2018-000040").orElseThrow(),
                ExemptionList.parse("(b)(6); (b)(7)(C)"));
        assertThat(of)
                .isEqualTo(new Production(
                        3,
                        1,
                        2,
                        9,
                        "2024-ICFO-00077 production 2",
                        LocalDate.of(2024, 4, 2),
                        "ICE-2018-000001",
                        "ICE-2018-000040",
                        List.of("(b)(6)", "(b)(7)(C)")));
    }

    @Test
    void correspondenceNeedsADayAndADirectionAndIsALetterUnlessSaidOtherwise() {
        Correspondence c =
                new Correspondence(0, 1, LocalDate.of(2024, 3, 5), Direction.IN, "  ", "  acknowledged  ", null);
        assertThat(c.kind()).isEqualTo("letter");
        assertThat(c.summary()).isEqualTo("acknowledged");
        assertThat(c.attachments()).isEmpty();
        assertThat(new Correspondence(0, 1, LocalDate.of(2024, 3, 5), Direction.OUT, " appeal ", null, List.of())
                        .kind())
                .isEqualTo("appeal");
        assertThatThrownBy(() -> new Correspondence(0, 1, null, Direction.IN, "", "", List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("date: the date of the correspondence is required");
        assertThatThrownBy(() -> new Correspondence(0, 1, LocalDate.of(2024, 3, 5), null, "", "", List.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("direction: say whether it came in or went out");
    }
}
