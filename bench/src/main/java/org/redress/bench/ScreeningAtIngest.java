package org.redress.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.redress.app.wiring.CaseServices;
import org.redress.application.mentions.ScreeningResult;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;

/**
 * What standing screening adds to an ingest: the case the ingest benchmark just filled gets a watch list of
 * {@value #WATCHED} people (half of them named in the generated corpus, half not), and the screening that `redress
 * ingest` runs after every run ({@code CaseServices}: ingest, then {@code mentions().screen()}) is timed on exactly the
 * documents that run added.
 */
final class ScreeningAtIngest {
    static final int WATCHED = 50;

    private ScreeningAtIngest() {}

    static String measure(Path caseDir, double ingestSeconds, long seed) throws Exception {
        String load = Machine.load();
        SplittableRandom r = new SplittableRandom(seed);
        try (CaseServices c = CaseServices.open(caseDir)) {
            for (int i = 0; i < WATCHED; i++) {
                int k = i / 2;
                String name = i % 2 == 0
                        ? Prose.FIRST[k % Prose.FIRST.length] + " "
                                + Prose.LAST[(k + k / Prose.LAST.length) % Prose.LAST.length]
                        : Prose.FIRST[r.nextInt(Prose.FIRST.length)] + " Zzyxwell" + (char) ('a' + k % 26)
                                + " Quorvath";
                c.caseModel().store().savePerson(new CasePerson(name, List.of(), Role.SUBJECT, null, false, null));
            }
            long t0 = System.nanoTime();
            ScreeningResult s = c.mentions().screen();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double share = seconds / ingestSeconds;
            return String.format(
                    Locale.ROOT,
                    "%n**Screening at ingest** (the same case, %d watched people, %d of them named in the corpus; the"
                            + " screening `redress ingest` runs after each run, on the %d documents this run added;"
                            + " load at start %s): %.1f s, %d hits, against %.1f s for the ingest above: **+%.1f %%**"
                            + " (target at most +10 %%): **%s**.%n",
                    WATCHED,
                    WATCHED / 2,
                    s.documentsScreened(),
                    load,
                    seconds,
                    s.hitsNew(),
                    ingestSeconds,
                    share * 100,
                    share <= 0.10 ? "met" : "NOT met");
        }
    }
}
