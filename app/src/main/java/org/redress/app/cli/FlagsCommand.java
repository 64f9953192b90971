package org.redress.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.marks.FlagRow;
import org.redress.application.marks.MarkService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.Weight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "flags",
        mixinStandardHelpOptions = true,
        description = {
            "Animus and profiling language in the records: every term of the lexicon (built in, and the case's own",
            "lexicon.txt) found on a page, with its sentence. A flag is a lead to read; cite it with: flags cite."
        },
        subcommands = {FlagsCommand.Cite.class})
final class FlagsCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            c.marks().mark(MarkService.Progress.NONE);
            List<FlagRow> flags = c.marks().flags();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("flags", flags);
                System.out.println(Json.write(out));
            } else {
                for (FlagRow f : flags) {
                    System.out.printf(
                            "%s  %s (%s)  %s p.%d%n    %s%n",
                            f.id(), f.term(), f.lexicon(), f.path(), f.page(), f.sentence());
                }
                System.out.println(Count.of(flags.size(), "flag", "flags") + ".");
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.FLAGS_VIEW);
    }

    @Command(
            name = "cite",
            mixinStandardHelpOptions = true,
            description = {
                "Cite a flag as evidence: its page, with its sentence as the quote, is added to an event's citations;",
                "with --claim, the citation is also linked to the claim's element (motive unless --element says)."
            })
    static final class Cite implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "FLAG_ID", description = "The flag's id, as redress flags lists it.")
        String flag;

        @Option(
                names = "--event",
                required = true,
                paramLabel = "ID",
                description = "The event the flag is evidence of.")
        String event;

        @Option(names = "--claim", paramLabel = "CLAIM", description = "Also link it to this adopted claim.")
        String claim;

        @Option(names = "--element", paramLabel = "ELEMENT", description = "The claim's element (default: motive).")
        String element;

        @Option(
                names = "--weight",
                defaultValue = "supports",
                description = "supports-strongly, supports, weakly or contradicts (default: ${DEFAULT-VALUE}).")
        String weight;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                MarkService.Cited cited =
                        c.marks().cite(c.caseModel(), flag, event, claim, element, Weight.fromCode(weight));
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("citation", cited.citation());
                    out.put("finding", cited.finding());
                    System.out.println(Json.write(out));
                } else {
                    System.out.printf(
                            "Cited %s on event %s as citation %d%s.%n",
                            cited.citation().label(),
                            event,
                            cited.citation().id(),
                            cited.finding() == null
                                    ? ""
                                    : ", linked to " + cited.finding().claimId() + " / "
                                            + cited.finding().elementId());
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(
                    AuditAction.CITATION_ADD, event, "flag " + flag + (claim == null ? "" : ", claim " + claim));
        }
    }
}
