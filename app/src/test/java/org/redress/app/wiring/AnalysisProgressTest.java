package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.ingest.pipeline.IngestListener;

/**
 * The analyses after an ingest's files are read tell its listener how far they have come, so the web's progress (and
 * anyone else listening) does not stand still at "all files read" while the watch list is screened and pages marked.
 */
class AnalysisProgressTest {
    @TempDir
    Path tmp;

    record Heard(String stage, long done, long total) {}

    @Test
    void screeningAndMarkingReportTheirDocumentsAsTheyGo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= 3; i++)
            Files.writeString(
                    in.resolve("memo-" + i + ".txt"), "Memo " + i + ": Enrique Balcázar spoke at the vigil.\n");
        List<Heard> heard = new CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void analysing(String stage, long done, long total) {
                heard.add(new Heard(stage, done, total));
            }
        };
        try (CaseServices c = CaseServices.init(tmp.resolve("case"))) {
            c.caseModel()
                    .store()
                    .savePerson(new CasePerson("Enrique Balcázar", List.of(), Role.SUBJECT, null, false, ""));
            var settings = new IngestSettings(
                    List.of(), IngestSettings.DEFAULT_TIMEOUT, IngestSettings.DEFAULT_WORKER_MEMORY_MB, null, listener);
            var summary = c.ingester(settings).run(List.of(in), "Field office", null);
            assertThat(summary.mentionsNew()).isEqualTo(3);
        }
        assertThat(heard)
                .filteredOn(h -> h.stage().equals("screening"))
                .extracting(Heard::done)
                .containsExactly(1L, 2L, 3L);
        assertThat(heard).filteredOn(h -> h.stage().equals("marking")).last().isEqualTo(new Heard("marking", 3, 3));
        assertThat(heard.indexOf(heard.stream()
                        .filter(h -> h.stage().equals("marking"))
                        .findFirst()
                        .orElseThrow()))
                .as("marking comes after screening")
                .isGreaterThan(heard.indexOf(new Heard("screening", 3, -1)));
    }
}
