package org.redress.core.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventDateTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2017-03-17",
                "2017-03-17T17:00",
                "2017-03",
                "2017",
                "~2017-03-17",
                "<2017-03-17",
                ">2017-03-17",
                "2017-03-15..2017-03-20",
                "0999-01-01",
                "2016-02-29"
            })
    void canonicalTextRoundTrips(String text) {
        EventDate date = EventDate.parse(text);
        assertThat(date.toString()).isEqualTo(text);
        assertThat(EventDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(EventDate.parse("  2017-03-17 ").toString()).isEqualTo("2017-03-17");
    }

    @ParameterizedTest
    @CsvSource({
        "2017-03-17, DAY, 2017-03-17, 2017-03-17",
        "2017-03-17T17:00, DAY, 2017-03-17, 2017-03-17",
        "2017-02, MONTH, 2017-02-01, 2017-02-28",
        "2016-02, MONTH, 2016-02-01, 2016-02-29",
        "2017, YEAR, 2017-01-01, 2017-12-31",
        "~2017-03-17, AROUND, 2017-03-14, 2017-03-20",
        "2017-03-15..2017-03-20, BETWEEN, 2017-03-15, 2017-03-20",
    })
    void boundsAndPrecision(String text, EventDate.Precision precision, String earliest, String latest) {
        EventDate date = EventDate.parse(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).contains(d(earliest));
        assertThat(date.latest()).contains(d(latest));
    }

    @Test
    void beforeAndAfterAreStrictAndOpenOnOneSide() {
        EventDate before = EventDate.parse("<2017-03-17");
        assertThat(before.precision()).isEqualTo(EventDate.Precision.BEFORE);
        assertThat(before.earliest()).isEmpty();
        assertThat(before.latest()).contains(d("2017-03-16"));

        EventDate after = EventDate.parse(">2017-03-17");
        assertThat(after.precision()).isEqualTo(EventDate.Precision.AFTER);
        assertThat(after.earliest()).contains(d("2017-03-18"));
        assertThat(after.latest()).isEmpty();
    }

    @Test
    void timeIsKeptOnlyWhereGiven() {
        assertThat(EventDate.parse("2017-03-17T17:00").time()).contains(LocalTime.of(17, 0));
        assertThat(EventDate.parse("2017-03-17").time()).isEmpty();
        assertThat(EventDate.onDayAt(d("2017-03-17"), LocalTime.of(9, 5, 33)).toString())
                .isEqualTo("2017-03-17T09:05");
    }

    @Test
    void namedDayOnlyForDayAndAround() {
        assertThat(EventDate.parse("~2017-03-17").namedDay()).contains(d("2017-03-17"));
        assertThat(EventDate.parse("2017-03-17T08:00").namedDay()).contains(d("2017-03-17"));
        assertThat(EventDate.parse("2017-03").namedDay()).isEmpty();
        assertThat(EventDate.parse("<2017-03-17").namedDay()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2017-13-01|'2017-13-01' is not a date: month 13 does not exist",
                "2017-00|'2017-00' is not a date: month 0 does not exist",
                "2017-02-30|'2017-02-30' is not a date: February 2017 has 28 days, so day 30 does not exist",
                "2017-04-31|'2017-04-31' is not a date: April 2017 has 30 days, so day 31 does not exist",
                "2017-03-00|'2017-03-00' is not a date: day 0 does not exist",
                "2017-03-17T25:00|'2017-03-17T25:00' is not a date: hour 25 does not exist",
                "2017-03-17T17:60|'2017-03-17T17:60' is not a date: minute 60 does not exist",
                "0000|'0000' is not a date: year 0 does not exist",
                "17/03/2017|'17/03/2017' is not a date: use one of",
                "March 2017|'March 2017' is not a date: use one of",
                "~2017-03|'~2017-03' is not a date: '2017-03' should be a day written as YYYY-MM-DD",
                "~2017-03-17T10:00|a time is only allowed on a plain day",
                "<2017-02-29|'<2017-02-29' is not a date: February 2017 has 28 days",
                "2017-03-20..2017-03-15|'2017-03-20..2017-03-15' is not a date range: it ends (2017-03-15) before it starts (2017-03-20)",
                "2017-03-15..2017-03-15|both ends are the same day",
                "2017-03-15..|'2017-03-15..' is not a date: '' should be a day",
                "2017-3-5|'2017-3-5' is not a date: use one of",
            })
    void badInputIsExplainedQuotingTheValue(String text, String message) {
        assertThatThrownBy(() -> EventDate.parse(text))
                .isInstanceOf(InvalidEventDateException.class)
                .isInstanceOf(org.redress.core.UserMistake.class)
                .hasMessageContaining(message);
    }

    @Test
    void blankInputIsExplained() {
        assertThatThrownBy(() -> EventDate.parse(" ")).hasMessageStartingWith("no date given");
        assertThatThrownBy(() -> EventDate.parse(null)).isInstanceOf(InvalidEventDateException.class);
    }

    @Test
    void chronologicalOrderUsesTimeWithinADay() {
        List<String> texts = List.of(
                "2017-03-17T19:00",
                "2017-03-17T09:00",
                "2017-03-17",
                "2017-03-17T17:00",
                "<2017-03-17",
                "2017-03",
                "~2017-03-16",
                "2017-03-18",
                ">2017-03-17",
                "2017",
                "2017-03-15..2017-03-20");
        List<EventDate> dates =
                new ArrayList<>(texts.stream().map(EventDate::parse).toList());
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertThat(dates)
                .extracting(EventDate::toString)
                .containsExactly(
                        "2017",
                        "2017-03",
                        "2017-03-15..2017-03-20",
                        "<2017-03-17",
                        "~2017-03-16",
                        "2017-03-17",
                        "2017-03-17T09:00",
                        "2017-03-17T17:00",
                        "2017-03-17T19:00",
                        "2017-03-18",
                        ">2017-03-17");
    }

    @Test
    void sortKeyOrdersLikeCompareTo() {
        List<EventDate> dates = new ArrayList<>(List.of(
                        "2017-03-17T19:00",
                        "2017-03-17T09:00",
                        "2017-03-17",
                        "<2017-03-17",
                        "2017-03",
                        "~2017-03-16",
                        ">2017-03-17",
                        "2017",
                        "0999-12-31",
                        "2017-03-15..2017-03-20")
                .stream()
                .map(EventDate::parse)
                .toList());
        List<EventDate> byKey = new ArrayList<>(dates);
        byKey.sort(java.util.Comparator.comparing(EventDate::sortKey));
        Collections.sort(dates);
        assertThat(byKey).isEqualTo(dates);
    }

    @Test
    void certainlyBeforeUsesBoundsAndTimes() {
        EventDate protest = EventDate.parse("2017-03-17T17:00");
        EventDate eveningArrest = EventDate.parse("2017-03-17T19:00");
        EventDate morningArrest = EventDate.parse("2017-03-17T09:00");
        assertThat(protest.isCertainlyBefore(eveningArrest)).isTrue();
        assertThat(protest.isCertainlyBefore(morningArrest)).isFalse();
        assertThat(EventDate.parse("2017-03-17").isCertainlyBefore(eveningArrest))
                .isFalse();
        assertThat(EventDate.parse("2017-02").isCertainlyBefore(EventDate.parse("2017-03-01")))
                .isTrue();
        assertThat(EventDate.parse("2017-03").isCertainlyBefore(EventDate.parse("2017-03-31")))
                .isFalse();
        assertThat(EventDate.parse("<2017-03-17").isCertainlyBefore(EventDate.parse("2017-03-17")))
                .isTrue();
        assertThat(EventDate.parse(">2017-03-17").isCertainlyBefore(EventDate.parse("2030")))
                .isFalse();
    }
}
