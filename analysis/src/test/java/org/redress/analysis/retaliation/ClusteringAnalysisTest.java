package org.redress.analysis.retaliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redress.analysis.retaliation.Chronologies.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.analysis.stats.Binomial;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.Person;

class ClusteringAnalysisTest {

    private static final List<Person> PEOPLE = List.of(new Person("Ana Ruiz", "Pueblo Unido", true, true));
    private static final LocalDate START = LocalDate.of(2017, 1, 1);
    private static final LocalDate END = LocalDate.of(2017, 12, 31);

    /** Two protests, 7-day windows (8 days each, the protest day included), four arrests of which three fall inside. */
    private static List<Event> chronology() {
        return new ArrayList<>(List.of(
                event("p1", "2017-03-01", "protected.protest", "Pueblo Unido"),
                event("p2", "2017-06-01", "protected.press_conference", "Ana Ruiz"),
                event("a1", "2017-03-01", "adverse.arrest", "Ana Ruiz"),
                event("a2", "2017-03-08", "adverse.traffic_stop", "Ana Ruiz"),
                event("a3", "2017-06-05", "adverse.arrest", "Ana Ruiz"),
                event("a4", "2017-09-20", "adverse.threat", "Ana Ruiz"),
                event("x1", "2017-05-01", "adverse.arrest", "Someone Else"),
                event("o1", "2017-04-01", "other.policy")));
    }

    @Test
    void countsAndExpectationFollowTheNullModelExactly() {
        ClusteringResult r = ClusteringAnalysis.run(chronology(), PEOPLE, 7, 999, 42L, START, END);
        assertThat(r.periodDays()).isEqualTo(365);
        assertThat(r.protectedActivities()).isEqualTo(2);
        assertThat(r.adverseActions()).isEqualTo(4); // x1 names nobody in the group
        assertThat(r.windowDaysCovered()).isEqualTo(16);
        assertThat(r.observed()).isEqualTo(3);
        assertThat(r.expected()).isCloseTo(4 * 16 / 365.0, within(1e-15));
        // Under the null the count is Binomial(4, 16/365); P(X >= 3) = 4 q^3 (1-q) + q^4.
        double q = 16 / 365.0;
        double exact = 4 * q * q * q * (1 - q) + q * q * q * q;
        assertThat(r.pExact()).isCloseTo(exact, within(exact * 1e-12));
        assertThat(r.pExact()).isCloseTo(Binomial.upperTail(3, 4, q), within(1e-18));
    }

    @Test
    void permutationPValueIsReproducibleAndAgreesWithTheExactValue() {
        ClusteringResult first = ClusteringAnalysis.run(chronology(), PEOPLE, 30, 20000, 7L, START, END);
        ClusteringResult again = ClusteringAnalysis.run(chronology(), PEOPLE, 30, 20000, 7L, START, END);
        assertThat(again).isEqualTo(first);
        assertThat(first.pLow()).isLessThanOrEqualTo(first.p());
        assertThat(first.p()).isLessThanOrEqualTo(first.pHigh());
        assertThat(first.pExact()).isBetween(first.pLow(), first.pHigh());
        assertThat(first.summary())
                .startsWith("3 of 4 adverse actions fell within 30 days after the group's protected activity");
    }

    @Test
    void pValueNeverZeroAndUncertaintyUsesClopperPearson() {
        // Nothing can beat 4 of 4 inside a 1-day window often: b is small, p = (b+1)/(N+1).
        List<Event> events = List.of(
                event("p1", "2017-03-01", "protected.protest", "Ana Ruiz"),
                event("a1", "2017-03-01", "adverse.arrest", "Ana Ruiz"),
                event("a2", "2017-03-02", "adverse.arrest", "Ana Ruiz"),
                event("a3", "2017-03-02", "adverse.detention", "Ana Ruiz"),
                event("a4", "2017-03-01", "adverse.threat", "Ana Ruiz"));
        ClusteringResult r = ClusteringAnalysis.run(events, PEOPLE, 1, 999, 1L, START, END);
        assertThat(r.observed()).isEqualTo(4);
        assertThat(r.p()).isEqualTo(1.0 / 1000);
        assertThat(r.pHigh()).isCloseTo(1 - Math.pow(0.025, 1.0 / 999), within(1e-12)); // b = 0 closed form
    }

    @Test
    void defaultPeriodRunsFromFirstToLastDatedEvent() {
        ClusteringResult r = ClusteringAnalysis.run(chronology(), PEOPLE, 7, 99, 3L);
        assertThat(r.periodStart()).isEqualTo("2017-03-01");
        assertThat(r.periodEnd()).isEqualTo("2017-09-20");
        assertThat(r.periodDays()).isEqualTo(204);
        assertThat(r.expected()).isCloseTo(4 * 16 / 204.0, within(1e-15));
    }

    @Test
    void eventsWithoutASingleDayAreLeftOutAndCounted() {
        List<Event> events = chronology();
        events.add(event("a5", "2017-06", "adverse.arrest", "Ana Ruiz"));
        events.add(event("a6", "~2017-06-03", "adverse.arrest", "Ana Ruiz"));
        ClusteringResult r = ClusteringAnalysis.run(events, PEOPLE, 7, 99, 3L, START, END);
        assertThat(r.excludedImprecise()).isEqualTo(1);
        assertThat(r.adverseActions()).isEqualTo(5);
        assertThat(r.observed()).isEqualTo(4);
        assertThat(r.summary()).endsWith("1 event without a single known day was left out.");
    }

    @Test
    void noAdverseActionsGiveNoEvidenceOfClustering() {
        List<Event> events = List.of(event("p1", "2017-03-01", "protected.protest", "Ana Ruiz"));
        ClusteringResult r = ClusteringAnalysis.run(events, PEOPLE, 7, 99, 3L, START, END);
        assertThat(r.observed()).isZero();
        assertThat(r.expected()).isZero();
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.pExact()).isEqualTo(1.0);
    }

    @Test
    void badArgumentsAreExplained() {
        assertThatThrownBy(() -> ClusteringAnalysis.run(chronology(), PEOPLE, -1, 99, 1L))
                .hasMessageContaining("window must be 0 days or more");
        assertThatThrownBy(() -> ClusteringAnalysis.run(chronology(), PEOPLE, 7, 0, 1L))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(
                        () -> ClusteringAnalysis.run(chronology(), PEOPLE, 7, 9, 1L, START, LocalDate.of(2017, 5, 1)))
                .hasMessageContaining("lies outside the period");
        assertThatThrownBy(
                        () -> ClusteringAnalysis.run(List.of(event("a", "2017", "adverse.arrest")), PEOPLE, 7, 9, 1L))
                .hasMessageContaining("dated to a day");
    }
}
