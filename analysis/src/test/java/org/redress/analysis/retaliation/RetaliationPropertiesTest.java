package org.redress.analysis.retaliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.Person;

class RetaliationPropertiesTest {

    private static final LocalDate START = LocalDate.of(2017, 1, 1);
    private static final List<Person> PEOPLE = List.of(new Person("A", "Org", true, true));

    @Property
    void rateRatioLiesInItsInterval(
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(max = 300) int k,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double rate) {
        RateComparison r = RateComparison.of("g", n, k % (n + 1), Benchmark.rate("b", rate));
        assertThat(r.rateRatio()).isBetween(r.ciLow(), r.ciHigh());
        for (Double p : List.of(r.pOneSided(), r.pOneSidedLess(), r.pTwoSided())) {
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    @Property(tries = 100)
    void clusteringIsReproducibleBySeed(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(max = 364) Integer> protests,
            @ForAll @Size(min = 0, max = 8) List<@IntRange(max = 364) Integer> actions,
            @ForAll @IntRange(max = 60) int window,
            @ForAll long seed) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < protests.size(); i++) {
            events.add(new Event(
                    "p" + i,
                    EventDate.onDay(START.plusDays(protests.get(i))),
                    EventKind.of("protected.protest"),
                    List.of("A"),
                    ""));
        }
        for (int i = 0; i < actions.size(); i++) {
            events.add(new Event(
                    "a" + i,
                    EventDate.onDay(START.plusDays(actions.get(i))),
                    EventKind.of("adverse.arrest"),
                    List.of("A"),
                    ""));
        }
        ClusteringResult first = ClusteringAnalysis.run(events, PEOPLE, window, 199, seed, START, START.plusDays(364));
        ClusteringResult second = ClusteringAnalysis.run(events, PEOPLE, window, 199, seed, START, START.plusDays(364));
        assertThat(second).isEqualTo(first);
        assertThat(first.p()).isBetween(1.0 / 200, 1.0);
        assertThat(first.p()).isBetween(first.pLow(), first.pHigh());
        assertThat(first.pExact()).isBetween(0.0, 1.0);
        assertThat(first.observed()).isBetween(0, actions.size());
        assertThat(first.expected()).isBetween(0.0, (double) actions.size());
    }
}
