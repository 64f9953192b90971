package org.redress.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.redress.analysis.retaliation.Benchmark;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.analysis.retaliation.ProximityReport;
import org.redress.analysis.retaliation.ProximityRow;
import org.redress.analysis.retaliation.RatesAnalysis;
import org.redress.analysis.retaliation.RatesReport;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.casemodel.CaseAnalysis;
import org.redress.core.audit.AuditAction;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.EventKindRegistry;
import org.redress.core.port.CaseModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The analyses of {@code redress analyze} that read the case's people and events. */
final class CaseAnalyzeCommands {
    private CaseAnalyzeCommands() {}

    @Command(
            name = "proximity",
            mixinStandardHelpOptions = true,
            description = {
                "For every adverse action against a subject: the latest earlier protected activity of the subject and of",
                "their organisation, and the days between (a range where a date is imprecise), and the agency's first knowledge."
            })
    static final class Proximity implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                ProximityReport r = CaseAnalysis.proximity(
                        c.caseModel().store(), c.mentions().namings());
                if (json) {
                    System.out.println(Json.write(r));
                } else {
                    r.rows().stream().map(ProximityRow::summary).forEach(System.out::println);
                    System.out.println(r.summary());
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ANALYSIS_RUN, "", "proximity");
        }
    }

    @Command(
            name = "clustering",
            mixinStandardHelpOptions = true,
            description = {
                "Do the group's adverse actions fall within DAYS after its protected activity more often than chance?",
                "Permutation test: protected activity fixed, each adverse action's day redrawn uniformly over the period."
            })
    static final class Clustering implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--window", required = true, paramLabel = "DAYS")
        int window;

        @Option(names = "--permutations", defaultValue = "10000", paramLabel = "N")
        int permutations;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
        long seed;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                ClusteringResult r = CaseAnalysis.clustering(c.caseModel().store(), window, permutations, seed);
                System.out.println(json ? Json.write(r) : r.summary());
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ANALYSIS_RUN, "", "clustering window=" + window);
        }
    }

    static Predicate<EventKind> counted(EventKindRegistry kinds, String kind) {
        if (kind == null || kind.isBlank()) return RatesAnalysis.ANY_ADVERSE;
        EventKind k = kinds.lookup(kind);
        if (!k.isAdverse()) throw new org.redress.core.UserMistake("'" + kind + "' is not an adverse kind");
        return x -> x.equals(k);
    }

    static int rates(Path caseDir, String kind, String groupName, Benchmark benchmark, boolean json) throws Exception {
        try (CaseServices c = CaseServices.open(caseDir)) {
            CaseModelStore store = c.caseModel().store();
            Predicate<EventKind> counted = counted(c.kinds(), kind);
            RatesReport r = RatesAnalysis.run(
                    CaseAnalysis.people(store), CaseAnalysis.events(store), counted, groupName, benchmark);
            System.out.println(json ? Json.write(r) : r.summary());
        }
        return 0;
    }
}
