package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.EventDate;

/** Dates and numbers in the words of each language, and the {@code <time>} elements the pages print them in. */
class DateWordsTest {
    private static final DateWords EN = Messages.forLanguage("en").dates();
    private static final DateWords ES = Messages.forLanguage("es").dates();
    private static final LocalDate MAY_3 = LocalDate.of(2024, 5, 3);

    @Test
    void aDayInEachLanguage() {
        assertThat(EN.day(MAY_3)).isEqualTo("May 3, 2024");
        assertThat(ES.day(MAY_3)).isEqualTo("3 de mayo de 2024");
    }

    @Test
    void aDayWithATime() {
        EventDate at = EventDate.parse("2024-05-03T17:00");
        assertThat(EN.eventDate(at)).contains("May 3, 2024").contains("5:00").contains("PM");
        assertThat(ES.eventDate(at)).contains("3 de mayo de 2024").contains("17:00");
    }

    @Test
    void impreciseDatesSayHowImprecise() {
        assertThat(EN.eventDate(EventDate.parse("2024-05"))).isEqualTo("May 2024");
        assertThat(ES.eventDate(EventDate.parse("2024-05"))).isEqualTo("mayo de 2024");
        assertThat(EN.month(YearMonth.of(2024, 12))).isEqualTo("December 2024");
        assertThat(EN.eventDate(EventDate.parse("2024"))).isEqualTo("2024");
        assertThat(ES.eventDate(EventDate.parse("2024")))
                .as("a year is not a grouped number")
                .isEqualTo("2024");
        assertThat(EN.eventDate(EventDate.parse("~2024-05-03"))).isEqualTo("around May 3, 2024");
        assertThat(ES.eventDate(EventDate.parse("~2024-05-03"))).isEqualTo("hacia el 3 de mayo de 2024");
        assertThat(EN.eventDate(EventDate.parse("<2024-05-03")))
                .as("the day written, not the last possible day")
                .isEqualTo("before May 3, 2024");
        assertThat(ES.eventDate(EventDate.parse(">2024-05-03"))).isEqualTo("después del 3 de mayo de 2024");
        assertThat(EN.eventDate(EventDate.parse("2024-05-01..2024-05-07")))
                .isEqualTo("between May 1, 2024 and May 7, 2024");
        assertThat(ES.eventDate(EventDate.parse("2024-05-01..2024-05-07")))
                .isEqualTo("entre el 1 de mayo de 2024 y el 7 de mayo de 2024");
    }

    @Test
    void htmlPutsEachDayInATimeElement() {
        assertThat(ES.eventDateHtml(EventDate.parse("2024-05-03")))
                .isEqualTo("<time datetime=\"2024-05-03\">3 de mayo de 2024</time>");
        assertThat(EN.eventDateHtml(EventDate.parse("2024-05")))
                .isEqualTo("<time datetime=\"2024-05\">May 2024</time>");
        assertThat(EN.eventDateHtml(EventDate.parse("2024-05-01..2024-05-07")))
                .isEqualTo("between <time datetime=\"2024-05-01\">May 1, 2024</time> and "
                        + "<time datetime=\"2024-05-07\">May 7, 2024</time>");
        assertThat(ES.eventDateHtml(EventDate.parse("<2024-05-03")))
                .isEqualTo("antes del <time datetime=\"2024-05-03\">3 de mayo de 2024</time>");
    }

    @Test
    void textThatIsNoDateIsOnlyEscaped() {
        assertThat(EN.textHtml("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(EN.text("last Tuesday")).isEqualTo("last Tuesday");
        assertThat(ES.textHtml("2024-05-03")).isEqualTo("<time datetime=\"2024-05-03\">3 de mayo de 2024</time>");
        assertThat(EN.textHtml("2024-05-03T10:15:30Z")).startsWith("<time datetime=\"2024-05-03T10:15:30Z\">");
    }

    @Test
    void aDocumentDateIsItsDayInUtc() {
        Instant midnight = Instant.parse("2024-05-03T00:00:00Z");
        assertThat(EN.dayOf(midnight)).isEqualTo("May 3, 2024");
        assertThat(ES.dayOf(midnight)).isEqualTo("3 de mayo de 2024");
    }

    @Test
    void relativeDays() {
        assertThat(EN.relative(MAY_3.plusDays(3), MAY_3)).isEqualTo("in 3 days");
        assertThat(ES.relative(MAY_3.plusDays(3), MAY_3)).isEqualTo("en 3 días");
        assertThat(EN.relative(MAY_3.minusDays(12), MAY_3)).isEqualTo("12 days ago");
        assertThat(ES.relative(MAY_3.minusDays(12), MAY_3)).isEqualTo("hace 12 días");
        assertThat(ES.relative(MAY_3, MAY_3)).isEqualTo("hoy");
        assertThat(EN.relative(MAY_3.plusDays(1), MAY_3)).isEqualTo("tomorrow");
        assertThat(ES.relative(MAY_3.minusDays(1), MAY_3)).isEqualTo("ayer");
        assertThat(ES.relative(MAY_3.plusDays(1500), MAY_3)).isEqualTo("en 1.500 días");
    }

    @Test
    void numbersAreGroupedTheLanguagesWay() {
        assertThat(EN.number(1234)).isEqualTo("1,234");
        assertThat(ES.number(1234)).isEqualTo("1.234");
        assertThat(ES.number(1_234_567)).isEqualTo("1.234.567");
        assertThat(EN.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(ES.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    }

    @Test
    void feesWithTheirCurrency() {
        Currency usd = Currency.getInstance("USD");
        assertThat(EN.money(new BigDecimal("1234.5"), usd)).isEqualTo("$1,234.50");
        assertThat(ES.money(new BigDecimal("1234.5"), usd)).contains("1.234,50").contains("US$");
        assertThat(ES.money(new BigDecimal("25"), null)).isEqualTo("25,00");
    }
}
