package org.redress.analysis.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the federal and Vermont calendars for 2010-2035 against the dates python-holidays' own tests
 * expect. The oracle lives outside the repository: {@code -Dredress.deadlines.oracle=DIR} or
 * {@code ../../shared/corpora/deadlines} from the module directory; without it the test is skipped.
 */
class OracleCalendarTest {

    private static final int FROM = 2010;
    private static final int TO = 2035;
    private static List<PythonHolidaysOracle.Expectation> expectations;
    private static Path oracleFile;
    private static final LawLibrary LIBRARY = LawLibrary.builtIn();

    @BeforeAll
    static void readOracle() throws IOException {
        String dir = System.getProperty("redress.deadlines.oracle", "../../shared/corpora/deadlines");
        Path file = Path.of(dir).resolve("test_united_states.py");
        oracleFile = file;
        if (!Files.isRegularFile(file)) return;
        expectations = new PythonHolidaysOracle(FROM, TO).parse(Files.readString(file));
        // a summary in the surefire output file, so a reviewer can see what was compared
        expectations.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        e -> e.scope() + " " + e.method() + (e.positive() ? " +" : " -")
                                + (e.observed() ? " observed" : ""),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((k, n) -> System.out.println("oracle " + k + ": " + n));
    }

    @Test
    void federalCalendarAgreesWithOracle() {
        requireOracle();
        HolidayCalendar plain = LIBRARY.requireCalendar("us-federal");
        // executive-order closures are what the oracle's 'government' category adds
        HolidayCalendar government = plain.withOptions(Set.of("executive-closures"));
        List<PythonHolidaysOracle.Expectation> fed =
                expectations.stream().filter(e -> e.scope().equals("federal")).toList();
        assertThat(fed.stream()
                        .filter(PythonHolidaysOracle.Expectation::positive)
                        .count())
                .as("the parser found the oracle's federal dates")
                .isGreaterThan(150);
        assertThat(fed.stream()
                        .filter(PythonHolidaysOracle.Expectation::observed)
                        .count())
                .isGreaterThan(15);
        assertThat(fed.stream().filter(e -> !e.positive()).count()).isGreaterThan(5);
        List<String> disagreements = new ArrayList<>();
        for (var e : fed) {
            check(e, e.government() ? government : plain, disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void vermontCalendarAgreesWithOracle() {
        requireOracle();
        HolidayCalendar vt = LIBRARY.requireCalendar("us-vt");
        List<PythonHolidaysOracle.Expectation> vtx =
                expectations.stream().filter(e -> e.scope().equals("VT")).toList();
        assertThat(vtx.stream()
                        .filter(PythonHolidaysOracle.Expectation::positive)
                        .count())
                .as("Town Meeting Day and Bennington Battle Day dates")
                .isGreaterThan(30);
        assertThat(vtx).anyMatch(PythonHolidaysOracle.Expectation::observed);
        List<String> disagreements = new ArrayList<>();
        for (var e : vtx) check(e, vt, disagreements);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void otherStateSpecificDatesAgreeWithOracle() {
        requireOracle();
        // only holidays those calendars model; python-holidays keeps commemorations (e.g. Susan B. Anthony Day)
        // and optional days that are no state-office closures, so a negative here would mean nothing
        for (String subdiv : List.of("CO", "WA")) {
            HolidayCalendar cal = LIBRARY.requireCalendar("us-" + subdiv.toLowerCase());
            List<String> disagreements = new ArrayList<>();
            expectations.stream()
                    .filter(e -> e.scope().equals(subdiv) && e.positive())
                    .filter(e -> !e.method().equals("test_cesar_chavez_day")) // see us-co.json note
                    .forEach(e -> check(e, cal, disagreements));
            assertThat(disagreements).as(subdiv).isEmpty();
        }
    }

    /** Each test skips, visibly in the report, when the oracle is not on this machine. */
    private static void requireOracle() {
        Assumptions.assumeTrue(
                expectations != null,
                () -> "python-holidays oracle not found at " + oracleFile.toAbsolutePath()
                        + " (set -Dredress.deadlines.oracle=DIR); skipping oracle comparison");
    }

    private static void check(PythonHolidaysOracle.Expectation e, HolidayCalendar cal, List<String> disagreements) {
        LocalDate d = e.date();
        List<Holiday> around = cal.holidaysBetween(d.minusDays(3), d.plusDays(3));
        boolean onDate = around.stream().anyMatch(h -> h.date().equals(d) && (!e.observed() || h.observed()));
        boolean actual = around.stream().anyMatch(h -> h.actual().equals(d));
        boolean ok = e.positive() ? onDate || (!e.observed() && actual) : !onDate && !actual;
        if (!ok) {
            disagreements.add(
                    e.method() + ": " + d + " " + d.getDayOfWeek() + (e.positive() ? " expected" : " not expected")
                            + (e.observed() ? " (observed)" : "") + " in " + cal.id() + "; calendar has " + around);
        }
    }
}
