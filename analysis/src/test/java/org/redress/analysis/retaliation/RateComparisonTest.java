package org.redress.analysis.retaliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redress.analysis.retaliation.Chronologies.event;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.Person;

/**
 * Reference values: mpmath at 50 digits from the definitions (src/test/resources/reference/reference_values.py),
 * closed forms, and the figures of Castaneda v. Partida.
 */
class RateComparisonTest {

    private static Offset<Double> rel(double expected) {
        return within(Math.abs(expected) * 1e-9);
    }

    @Test
    void groupAgainstCountedBenchmark() {
        // 4 of 6 members arrested; 30 of 194 similarly situated activists arrested.
        RateComparison r = RateComparison.of("members", 6, 4, Benchmark.counts("county activists", 194, 30));
        assertThat(r.groupRate()).isCloseTo(4 / 6.0, within(1e-15));
        assertThat(r.benchmarkRate()).isCloseTo(30 / 194.0, within(1e-15));
        assertThat(r.expected()).isCloseTo(6 * 30 / 194.0, within(1e-13));
        assertThat(r.rateRatio()).isCloseTo(776 / 180.0, within(1e-13));
        assertThat(r.ciLow()).isCloseTo(1.44063168425605, rel(1.44063168425605));
        assertThat(r.ciHigh()).isCloseTo(6.1868419183736, rel(6.1868419183736));
        assertThat(r.pOneSided()).isCloseTo(0.00659210704862529, rel(0.00659210704862529));
        assertThat(r.pTwoSided()).isCloseTo(0.00659210704862529, rel(0.00659210704862529));
        assertThat(r.fisherPOneSided()).isCloseTo(0.00828377744721611, rel(0.00828377744721611));
        assertThat(r.fisherPTwoSided()).isCloseTo(0.00828377744721611, rel(0.00828377744721611));
        assertThat(r.standardDeviations()).isCloseTo(3.46887046898891, rel(3.46887046898891));
        assertThat(r.fourFifthsRatio()).isCloseTo(194 / 492.0, within(1e-15)); // (2/6) / (164/194)
        assertThat(r.benchmark()).isEqualTo("county activists");
        assertThat(r.notes()).isEmpty();
        assertThat(r.summary())
                .startsWith(
                        "4 of 6 members (66.7%) suffered the adverse action, against 15.5% among "
                                + "county activists (30 of 194); at the benchmark rate about 0.928 would be expected. The group's rate "
                                + "is 4.31 times the benchmark's (95% confidence: 1.44 to 6.19), 3.47 standard deviations above");
    }

    @Test
    void groupAgainstPublishedRate() {
        RateComparison r = RateComparison.of("members", 40, 9, Benchmark.rate("statewide arrest rate", 0.05));
        assertThat(r.expected()).isCloseTo(2.0, within(1e-15));
        assertThat(r.rateRatio()).isCloseTo(4.5, within(1e-13));
        assertThat(r.ciLow()).isCloseTo(2.16793277968144, rel(2.16793277968144));
        assertThat(r.ciHigh()).isCloseTo(7.69023354606845, rel(7.69023354606845));
        assertThat(r.pOneSided()).isCloseTo(0.000129581848490865, rel(0.000129581848490865));
        assertThat(r.pTwoSided()).isCloseTo(0.000129581848490865, rel(0.000129581848490865));
        assertThat(r.pOneSidedLess()).isCloseTo(0.999979316694588, rel(0.999979316694588));
        assertThat(r.standardDeviations()).isCloseTo(5.07833375077008, rel(5.07833375077008));
        assertThat(r.fisherPOneSided()).isNull();
        assertThat(r.fisherPTwoSided()).isNull();
        assertThat(r.benchmarkSize()).isNull();
    }

    @Test
    void castanedaFiguresThroughTheRecord() {
        RateComparison r = RateComparison.of(
                "Mexican-American grand jurors", 870, 339, Benchmark.rate("Hidalgo County population", 0.791));
        assertThat(r.expected()).isCloseTo(688.17, within(1e-9));
        assertThat(r.standardDeviations()).isCloseTo(-29.1149408274475, rel(29.1149408274475));
        assertThat(r.pOneSidedLess()).isCloseTo(4.18060775542092e-145, rel(4.18060775542092e-145));
        assertThat(r.pTwoSided()).isCloseTo(4.18060775542092e-145, rel(4.18060775542092e-145));
        assertThat(r.ciLow()).isCloseTo(0.451448648245312, rel(0.451448648245312));
        assertThat(r.ciHigh()).isCloseTo(0.534721255486077, rel(0.534721255486077));
        assertThat(r.summary()).contains("29.1 standard deviations below expectation");
    }

    @Test
    void zeroEventsInTheGroup() {
        RateComparison r = RateComparison.of("members", 5, 0, Benchmark.rate("benchmark", 0.1));
        assertThat(r.rateRatio()).isZero();
        assertThat(r.ciLow()).isZero();
        assertThat(r.ciHigh()).isCloseTo((1 - Math.pow(0.025, 0.2)) / 0.1, within(1e-12));
        assertThat(r.pOneSided()).isEqualTo(1.0);
        assertThat(r.pTwoSided()).isEqualTo(1.0); // 0.9^5 is the most likely outcome
        assertThat(r.pOneSidedLess()).isCloseTo(Math.pow(0.9, 5), within(1e-15));
        assertThat(r.standardDeviations()).isCloseTo(-0.5 / Math.sqrt(0.45), within(1e-15));
        assertThat(r.fourFifthsRatio()).isCloseTo(1 / 0.9, within(1e-15));
    }

    @Test
    void everyoneInATinyGroup() {
        RateComparison r = RateComparison.of("leader", 1, 1, Benchmark.rate("benchmark", 0.2));
        assertThat(r.rateRatio()).isCloseTo(5.0, within(1e-15));
        assertThat(r.ciLow()).isCloseTo(0.125, within(1e-12)); // 0.025 / 0.2
        assertThat(r.ciHigh()).isCloseTo(5.0, within(1e-12)); // 1 / 0.2
        assertThat(r.pOneSided()).isCloseTo(0.2, within(1e-15));
        assertThat(r.pTwoSided()).isCloseTo(0.2, within(1e-15));
        assertThat(r.standardDeviations()).isCloseTo(0.8 / 0.4, within(1e-15));
        assertThat(r.fourFifthsRatio()).isZero();
    }

    @Test
    void benchmarkWhereNobodyWasArrestedStillGetsFisher() {
        RateComparison r = RateComparison.of("members", 6, 3, Benchmark.counts("others", 100, 0));
        assertThat(r.fisherPOneSided()).isCloseTo(0.00010366991499067, rel(0.00010366991499067));
        assertThat(r.fisherPTwoSided()).isCloseTo(0.00010366991499067, rel(0.00010366991499067));
        assertThat(r.rateRatio()).isNull();
        assertThat(r.ciLow()).isNull();
        assertThat(r.pOneSided()).isNull();
        assertThat(r.standardDeviations()).isNull();
        assertThat(r.expected()).isZero();
        assertThat(r.fourFifthsRatio()).isCloseTo(0.5, within(1e-15));
        assertThat(r.notes()).singleElement().asString().startsWith("No one in the benchmark had the adverse action");
        assertThat(r.summary()).contains("Fisher's exact test gives p = 1.04e-04 one-sided");
    }

    @Test
    void benchmarkWhereEveryoneWasArrested() {
        RateComparison r = RateComparison.of("members", 6, 3, Benchmark.counts("others", 100, 100));
        assertThat(r.fisherPOneSided()).isEqualTo(1.0);
        assertThat(r.fisherPTwoSided()).isCloseTo(0.00010366991499067, rel(0.00010366991499067));
        assertThat(r.fourFifthsRatio()).isNull();
        assertThat(r.notes()).singleElement().asString().contains("escaped");
    }

    @Test
    void benchmarkRateOfZeroOrOneIsRefusedWithAReason() {
        assertThatThrownBy(() -> Benchmark.rate("x", 0))
                .hasMessageContaining("strictly between 0 and 1")
                .hasMessageContaining("give the benchmark as counts");
        assertThatThrownBy(() -> Benchmark.rate("x", 1)).isInstanceOf(org.redress.core.UserMistake.class);
        assertThatThrownBy(() -> Benchmark.counts("x", 0, 0)).hasMessageContaining("at least one person");
        assertThatThrownBy(() -> Benchmark.counts("x", 5, 6)).hasMessageContaining("between 0 and 5");
        assertThatThrownBy(() -> RateComparison.of("g", 0, 0, Benchmark.rate("x", 0.5)))
                .hasMessageContaining("at least one person");
        assertThatThrownBy(() -> RateComparison.of("g", 3, 4, Benchmark.rate("x", 0.5)))
                .hasMessageContaining("between 0 and 3");
    }

    @Test
    void ratesFromTheCaseCountPeopleNotEventsAndCompareLeaders() {
        List<Person> people = List.of(
                new Person("L1", "Org", true, true),
                new Person("L2", "Org", true, true),
                new Person("L3", "Org", true, true),
                new Person("M1", "Org", true, false),
                new Person("M2", "Org", true, false),
                new Person("M3", "Org", true, false),
                new Person("M4", "Org", true, false),
                new Person("M5", "Org", true, false),
                new Person("M6", "Org", true, false),
                new Person("M7", "Org", true, false),
                new Person("M8", "Org", true, false),
                new Person("M9", "Org", true, false),
                new Person("Agent", "ICE", false, false));
        List<Event> events = List.of(
                event("a1", "2017-03-01", "adverse.arrest", "L1", "Agent"),
                event("a2", "2017-04-01", "adverse.arrest", "L1"),
                event("a3", "2017-05-01", "adverse.arrest", "L2"),
                event("a4", "2017-05-02", "adverse.arrest", "M1", "M2"),
                event("a5", "2017-05-03", "adverse.detention", "M3"),
                event("s1", "2017-05-04", "adverse.surveillance", "L3"),
                event("p1", "2017-02-01", "protected.protest", "M4"));
        RatesReport report = RatesAnalysis.run(
                people,
                events,
                k -> k.name().equals("arrest") || k.name().equals("detention"),
                "Org members",
                Benchmark.counts("county activists", 194, 30));
        assertThat(report.group().groupSize()).isEqualTo(12);
        assertThat(report.group().groupEvents()).isEqualTo(5);
        RateComparison leaders = report.leadersVsOthers();
        assertThat(leaders.groupSize()).isEqualTo(3);
        assertThat(leaders.groupEvents()).isEqualTo(2);
        assertThat(leaders.benchmarkSize()).isEqualTo(9);
        assertThat(leaders.benchmarkEvents()).isEqualTo(3);
        assertThat(leaders.benchmark()).isEqualTo("the other Org members");
        assertThat(leaders.fisherPOneSided()).isCloseTo(0.363636363636364, rel(0.363636363636364)); // 80/220
        assertThat(leaders.fisherPTwoSided()).isCloseTo(0.522727272727273, rel(0.522727272727273));
        assertThat(leaders.pOneSided()).isCloseTo(7 / 27.0, within(1e-15)); // 3·(1/3)²·(2/3) + (1/3)³
        assertThat(leaders.ciLow()).isCloseTo(0.0942993240502461 * 3, rel(0.0942993240502461 * 3));
        assertThat(leaders.ciHigh()).isCloseTo(0.991596241340387 * 3, rel(0.991596241340387 * 3));
        assertThat(report.summary()).contains("2 of 3 leaders (66.7%)");

        RatesReport anyAdverse = RatesAnalysis.run(
                people, events, RatesAnalysis.ANY_ADVERSE, "Org members", Benchmark.rate("county", 0.15));
        assertThat(anyAdverse.group().groupEvents()).isEqualTo(6);
        assertThat(anyAdverse.leadersVsOthers().groupEvents()).isEqualTo(3);
    }

    @Test
    void leadersCannotBeComparedWithoutBothKinds() {
        List<Person> people = List.of(new Person("M1", "Org", true, false), new Person("M2", "Org", true, false));
        RatesReport report = RatesAnalysis.run(
                people,
                List.of(event("a1", "2017", "adverse.arrest", "M1")),
                RatesAnalysis.ANY_ADVERSE,
                "members",
                Benchmark.rate("county", 0.1));
        assertThat(report.leadersVsOthers()).isNull();
        assertThat(report.summary())
                .endsWith("Leaders cannot be compared with other members: the group has no leaders.");
        assertThatThrownBy(() -> RatesAnalysis.run(
                        List.of(), List.of(), RatesAnalysis.ANY_ADVERSE, "g", Benchmark.rate("b", 0.1)))
                .hasMessageContaining("no person is marked as a subject");
    }
}
