package org.redress.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.demo.DemoProduction;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.port.Ingester;
import org.redress.ingest.ocr.Tesseract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Unaudited("a fictional case, made anew; every request it answers is recorded by the web server's route table")
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Create a demo case from a fictional records production and serve it.")
final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--case",
            paramLabel = "DIR",
            defaultValue = "demo-case",
            description = "Where to put the demo case (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Build the demo case and stop, without serving it.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path production = dir.resolve("demo-production");
        boolean fresh = !Files.exists(dir.resolve("case.db"));
        try (CaseServices c = fresh ? CaseServices.init(dir) : CaseServices.open(dir)) {
            // Written once: Office files and PDFs carry the time they were made, so a rewrite would be new bytes.
            if (!Files.isDirectory(production)) DemoProduction.write(production);
            Ingester ingest = c.ingester(IngestSettings.defaults());
            System.out.println("Ingesting the fictional production in " + production + " …");
            IngestSummary summary = ingest.run(
                    List.of(production), org.redress.app.demo.DemoProduction.SOURCE, LocalDate.of(2017, 9, 1));
            System.out.println(IngestReport.plain(summary));
            if (org.redress.app.demo.DemoCaseModel.addTo(c, c.folder().workDir().resolve("demo-case-model"))) {
                System.out.println(
                        "Added a fictional chronology (6 people, 6 events), a First Amendment retaliation claim "
                                + "with two findings, and the records request that produced the documents.");
            }
            if (Tesseract.find().isEmpty()) {
                System.out.println(
                        "\nOCR is off on this machine, so the scanned arrest report reads as empty. Add it with:\n  "
                                + Tesseract.INSTALL_COMMAND);
            }
            if (!noServe) ServeCommand.serve(c, new ServeCommand.Listen("127.0.0.1", port, List.of(), null));
        }
        return 0;
    }
}
