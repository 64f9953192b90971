package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index is derived: losing it loses nothing, and `reindex` rebuilds it from the store. */
class ReindexTest {
    @TempDir
    Path tmp;

    @Test
    void aLostIndexIsRebuiltWithTheSameAnswers() throws Exception {
        Path caseDir = tmp.resolve("case");
        Cli.demoCase(caseDir, tmp.resolve("demo"));
        long before = Cli.run("search", "--case", caseDir.toString(), "balcazar", "--json")
                .json()
                .get("total")
                .asLong();
        long pages = Cli.run("status", "--case", caseDir.toString(), "--json")
                .json()
                .get("pages")
                .asLong();
        assertThat(before).isPositive();

        try (Stream<Path> walk = Files.walk(caseDir.resolve("index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        assertThat(Cli.run("search", "--case", caseDir.toString(), "balcazar", "--json")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        Cli.Run rebuilt = Cli.run("reindex", "--case", caseDir.toString(), "--json");
        assertThat(rebuilt.code()).as(rebuilt.toString()).isZero();
        assertThat(rebuilt.json().get("indexedPages").asLong()).isEqualTo(pages);
        assertThat(Cli.run("search", "--case", caseDir.toString(), "balcazar", "--json")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }
}
