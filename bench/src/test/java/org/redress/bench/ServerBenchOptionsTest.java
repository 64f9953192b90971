package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerBenchOptionsTest {
    @Test
    void withNoArgumentsItMeasuresEverythingAtTheIssuesSizes() {
        ServerBenchOptions o = ServerBenchOptions.parse(new String[0], Map.of());

        assertThat(o.workers()).containsExactly(1, 2, 4);
        assertThat(o.users()).containsExactly(10, 50);
        assertThat(o.pages()).isEqualTo(1_000_000);
        assertThat(o.files()).isEqualTo(400);
        assertThat(o.batch()).isEqualTo(org.redress.app.wiring.QueueWorker.DEFAULT_BATCH);
        assertThat(o.parts()).containsExactlyInAnyOrder("workers", "queue", "search");
        assertThat(o.server()).isEqualTo(Path.of(ServerBenchOptions.DEFAULT_SERVER));
    }

    @Test
    void listsAndNumbersAreReadAsGivenAndTheServerFileFallsBackOnTheEnvironment() {
        ServerBenchOptions o = ServerBenchOptions.parse(
                new String[] {"--workers", "4, 1", "--users", "50", "--pages", "200000", "--parts", "search,queue"},
                Map.of("REDRESS_SERVER", "/tmp/team.properties"));

        assertThat(o.workers()).containsExactly(4, 1);
        assertThat(o.users()).containsExactly(50);
        assertThat(o.pages()).isEqualTo(200_000);
        assertThat(o.runs("search")).isTrue();
        assertThat(o.runs("workers")).isFalse();
        assertThat(o.server()).isEqualTo(Path.of("/tmp/team.properties"));
    }

    @Test
    void unknownOptionsPartsAndNumbersBelowOneAreRefused() {
        assertThatThrownBy(() -> ServerBenchOptions.parse(new String[] {"--wokers", "2"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--wokers");
        assertThatThrownBy(() -> ServerBenchOptions.parse(new String[] {"--parts", "workers,golden"}, Map.of()))
                .hasMessageContaining("golden");
        assertThatThrownBy(() -> ServerBenchOptions.parse(new String[] {"--workers", "1,0"}, Map.of()))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ServerBenchOptions.parse(new String[] {"--files", "0"}, Map.of()))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ServerBenchOptions.parse(new String[] {"--pages"}, Map.of()))
                .hasMessageContaining("missing value");
    }

    @Test
    void aCorpusFolderIsReadInsteadOfAGeneratedProductionOnlyWhenGiven() {
        assertThat(ServerBenchOptions.parse(new String[] {}, Map.of()).corpus()).isNull();
        assertThat(ServerBenchOptions.parse(new String[] {"--corpus", "../shared/corpora/foia"}, Map.of())
                        .corpus())
                .isEqualTo(java.nio.file.Path.of("../shared/corpora/foia"));
    }

    @Test
    void helpIsAskedForAnywhereOnTheLineAndNamesEveryOption() {
        assertThat(ServerBenchOptions.wantsHelp(new String[] {"--pages", "10", "--help"}))
                .isTrue();
        assertThat(ServerBenchOptions.wantsHelp(new String[] {"--pages", "10"})).isFalse();
        assertThat(ServerBenchOptions.OPTIONS).hasSize(15);
        for (String option : ServerBenchOptions.OPTIONS)
            assertThat(ServerBenchOptions.USAGE).contains(option);
    }
}
