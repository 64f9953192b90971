package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.app.json.EntityJson;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.entities.EntityRecognition;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        description = {
            "Find the people, organisations and places named on every page not yet read (Stanford CoreNLP, English",
            "or Spanish by each document's language). Resumable: a stopped run goes on where it stopped, and a later",
            "run reads only the pages ingested since. The models take about 15 s and 1 GB of memory to load.",
            "Then: entities list, rename, merge, hide (decisions that stick when pages are read again)."
        },
        subcommands = {
            EntityCommands.ListCommand.class,
            EntityCommands.Rename.class,
            EntityCommands.Merge.class,
            EntityCommands.Hide.class
        })
final class EntitiesCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON summary instead of the progress bar.")
    boolean json;

    @Option(
            names = "--progress",
            paramLabel = "WHEN",
            defaultValue = "${env:REDRESS_PROGRESS:-auto}",
            description = "Progress bar on standard error: auto, always or never (default: ${DEFAULT-VALUE}).")
    String progressMode;

    private EntityRecognition.Summary summary;

    @Override
    public Integer call() throws Exception {
        ProgressMode when = ProgressMode.parse(progressMode);
        try (CaseServices c = caseOption.open()) {
            summary = run(c, !json && when.draws(System.getenv("TERM"), ProgressMode.STDERR));
        }
        System.out.println(json ? Json.write(EntityJson.summary(summary)) : plain(summary));
        return 0;
    }

    /** Runs the stage, with a progress bar on standard error when asked ({@code ingest --entities} too). */
    static EntityRecognition.Summary run(CaseServices c, boolean drawBar) {
        if (!drawBar) return c.entityRecognition().run(EntityRecognition.Listener.NONE);
        ProgressBar bar = new ProgressBar(System.err); // closing it ends its line; standard error stays open
        try {
            return c.entityRecognition().run(bar.pages());
        } finally {
            bar.close();
        }
    }

    static String plain(EntityRecognition.Summary s) {
        String failed = s.pagesFailed() == 0 ? "" : ", " + s.pagesFailed() + " could not be read";
        String left = s.pagesLeft() == 0 ? "" : "; " + s.pagesLeft() + " left (run it again to go on)";
        return String.format(
                "Entities: %s read%s, %s found (%d new to the case) in %.1f s%s.",
                Count.of(s.pagesRecognised(), "page", "pages"),
                failed,
                Count.of(s.occurrences(), "entity", "entities"),
                s.entitiesNew(),
                s.seconds(),
                left);
    }

    static String counts(EntityRecognition.Summary s) {
        return s.pagesRecognised() + " pages, " + s.occurrences() + " entities";
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.ENTITIES_RUN, "", summary == null ? "" : counts(summary));
    }
}
