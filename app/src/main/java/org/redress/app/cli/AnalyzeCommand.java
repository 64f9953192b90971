package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.analysis.retaliation.Benchmark;
import org.redress.analysis.retaliation.RateComparison;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "The numbers a court understands about retaliation.",
        subcommands = {
            AnalyzeCommand.Rates.class,
            CaseAnalyzeCommands.Proximity.class,
            CaseAnalyzeCommands.Clustering.class
        })
final class AnalyzeCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(
            name = "rates",
            mixinStandardHelpOptions = true,
            description = {
                "Compare the group's adverse-action rate with similarly situated people (Nieves, Armstrong).",
                "Give the benchmark as counts (--benchmark-size and --benchmark-events) or as --benchmark-rate.",
                "Reports the expected count, the rate ratio with a 95% exact confidence interval, exact binomial",
                "p-values, Fisher's exact test, standard deviations (Castaneda/Hazelwood) and the four-fifths ratio."
            })
    static final class Rates implements Callable<Integer>, Audited {
        @Option(names = "--group-size", paramLabel = "n", description = "People in the group (or counted from --case).")
        Integer groupSize;

        @Option(
                names = "--group-events",
                paramLabel = "k",
                description = "Of them, people with an adverse action (or counted from --case).")
        Integer groupEvents;

        @Option(
                names = "--case",
                paramLabel = "DIR",
                description =
                        "Count the group from the case's subjects and events, and compare its leaders with the other members.")
        java.nio.file.Path caseDir;

        @Option(
                names = "--key-file",
                paramLabel = "FILE",
                description = "With --case, an encrypted case's passphrase, read from this file"
                        + " (default: $REDRESS_PASSPHRASE, else asked on the terminal).")
        java.nio.file.Path keyFile;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description =
                        "With --case: which adverse kind counts, e.g. adverse.arrest (default: any adverse action).")
        String kind;

        @Option(
                names = "--benchmark-size",
                paramLabel = "N",
                description = "Similarly situated people in the benchmark.")
        Integer benchmarkSize;

        @Option(
                names = "--benchmark-events",
                paramLabel = "K",
                description = "Of them, people with the same adverse action.")
        Integer benchmarkEvents;

        @Option(
                names = "--benchmark-rate",
                paramLabel = "P",
                description = "The benchmark's rate, between 0 and 1, instead of counts.")
        Double benchmarkRate;

        @Option(
                names = "--benchmark-name",
                defaultValue = "benchmark",
                description = "What the benchmark is, named in the report.")
        String benchmarkName;

        @Option(names = "--group-name", defaultValue = "group", description = "What the group is, named in the report.")
        String groupName;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Benchmark benchmark;
            if (benchmarkRate != null) {
                if (benchmarkSize != null || benchmarkEvents != null) {
                    throw new CaseException(
                            "give the benchmark either as --benchmark-rate or as --benchmark-size and --benchmark-events, not both");
                }
                benchmark = Benchmark.rate(benchmarkName, benchmarkRate);
            } else if (benchmarkSize != null && benchmarkEvents != null) {
                benchmark = Benchmark.counts(benchmarkName, benchmarkSize, benchmarkEvents);
            } else {
                throw new CaseException(
                        "the benchmark is missing: give --benchmark-size and --benchmark-events, or --benchmark-rate");
            }
            if (caseDir != null) {
                if (keyFile != null) org.redress.app.wiring.CaseKeyring.useKeyFile(keyFile);
                return CaseAnalyzeCommands.rates(caseDir, kind, groupName, benchmark, json);
            }
            if (groupSize == null || groupEvents == null) {
                throw new CaseException(
                        "give --group-size and --group-events, or --case DIR to count them from the case");
            }
            RateComparison result = RateComparison.of(groupName, groupSize, groupEvents, benchmark);
            System.out.println(json ? Json.write(result) : result.summary());
            return 0;
        }

        /** Counted from a case, it read the case's people and events; given only counts, it touched no case. */
        @Override
        public AuditNote audit() {
            return caseDir == null ? null : new AuditNote(AuditAction.ANALYSIS_RUN, "", "rates");
        }
    }
}
