package org.redress.app.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.analysis.chain.Reach;
import org.redress.analysis.chain.Step;
import org.redress.analysis.chain.SubjectChain;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress chain}: how far up the agency each subject went. */
@Command(
        name = "chain",
        mixinStandardHelpOptions = true,
        description = {
            "How far up it went: for each subject, every organisation and level at which the subject was named",
            "(reviewed mentions not rejected, or the name in the mail) or discussed (later messages of the same",
            "thread), the first date at each, and the forwards and replies by which it travelled, each cited to its",
            "document, measured against the subject's first adverse action."
        })
final class ChainCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--person", paramLabel = "NAME", description = "Only this person (name or alias).")
    String person;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<SubjectChain> chains;
        try (CaseServices c = caseOption.open()) {
            chains = c.mail().chain(person);
        }
        if (json) {
            System.out.println(Json.write(Map.of("subjects", chains)));
            return 0;
        }
        if (chains.isEmpty()) System.out.println("The case has no subjects: import people with role subject.");
        for (SubjectChain s : chains) {
            System.out.println(s.person() + ":");
            if (s.levels().isEmpty()) System.out.println("  not named in the mail or in a reviewed mention");
            for (Reach r : s.levels())
                System.out.println(
                        "  " + r.words() + " (document " + r.documentId().substring(0, 12) + ")");
            for (Step p : s.path()) {
                System.out.println(
                        "    " + (p.sent() == null ? "undated" : p.sent().toString()) + " " + p.kind() + " " + p.from()
                                + " -> " + String.join(", ", p.to()) + " ["
                                + p.documentId().substring(0, 12) + "]");
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return person == null ? AuditNote.of(AuditAction.CHAIN_VIEW) : AuditNote.of(AuditAction.CHAIN_VIEW, person);
    }
}
