package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankWhateverTheOrderOfArrival() {
        List<Double> ms = new ArrayList<>();
        for (int i = 1; i <= 100; i++) ms.add((double) i);
        Collections.shuffle(ms, new java.util.Random(3));
        Latencies l = Latencies.of(ms);

        assertThat(l.percentile(50)).isEqualTo(50.0);
        assertThat(l.percentile(95)).isEqualTo(95.0);
        assertThat(l.percentile(99)).isEqualTo(99.0);
        assertThat(l.percentile(100)).isEqualTo(100.0);
        assertThat(l.max()).isEqualTo(100.0);
        assertThat(l.mean()).isEqualTo(50.5);
        assertThat(l.count()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Latencies l = new Latencies(new double[] {30, 10, 20});

        assertThat(l.percentile(50)).isEqualTo(20.0); // rank ceil(1.5) = 2
        assertThat(l.percentile(95)).isEqualTo(30.0); // rank ceil(2.85) = 3
        assertThat(l.percentile(1)).isEqualTo(10.0);
        assertThat(new Latencies(new double[] {7}).percentile(99)).isEqualTo(7.0);
    }

    @Test
    void noValuesGiveNoPercentileAndOutOfRangeIsRefused() {
        assertThat(new Latencies(new double[0]).percentile(50)).isNaN();
        assertThatThrownBy(() -> new Latencies(new double[] {1}).percentile(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Latencies(new double[] {1}).percentile(101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValuesGivenAreNotSortedInPlace() {
        double[] given = {3, 1, 2};
        new Latencies(given);
        assertThat(given).containsExactly(3, 1, 2);
    }
}
