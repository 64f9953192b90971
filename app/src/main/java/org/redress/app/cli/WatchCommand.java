package org.redress.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.mentions.MentionService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Put a person of the case on the watch list (or take them off it with --off) and screen the corpus again.",
            "Subjects are watched from the start; anyone else once you say so. A one-word name or a short alias is",
            "flagged as too broad (a warning on standard error)."
        })
final class WatchCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(index = "0", paramLabel = "NAME", description = "The person's name or one of their aliases.")
    String name;

    @Option(names = "--off", description = "Take the person off the watch list; their hits go, decisions are kept.")
    boolean off;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            MentionService.WatchChange change = c.mentions().watch(name, !off);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("person", change.person());
                out.put("watched", change.watched());
                out.put("warnings", change.warnings());
                out.put("documentsScreened", change.screening().documentsScreened());
                out.put("hitsNew", change.screening().hitsNew());
                System.out.println(Json.write(out));
            } else {
                change.warnings().forEach(w -> System.err.println("warning: " + w));
                System.out.printf(
                        "%s %s the watch list; %s screened, %s.%n",
                        change.person(),
                        change.watched() ? "is on" : "is off",
                        Count.of(change.screening().documentsScreened(), "document", "documents"),
                        Count.of(change.screening().hitsNew(), "new hit", "new hits"));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.WATCH_CHANGE, name, off ? "off" : "on");
    }
}
