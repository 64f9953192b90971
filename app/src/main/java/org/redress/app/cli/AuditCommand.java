package org.redress.app.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.app.json.AuditJson;
import org.redress.app.json.Json;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Who viewed, searched, exported, imported or changed what in the case, when and from where.",
            "The log is append-only and sealed: run 'redress audit verify' to check that nothing was removed or altered."
        },
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--from", paramLabel = "DATE", description = "Only entries from this day on (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only entries up to this day (YYYY-MM-DD).")
    String to;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        List<RecordedEntry> entries = caseOption.audit().entries(first, last, ZoneId.systemDefault());
        if (json) {
            System.out.println(Json.write(AuditJson.entries(entries)));
            return ExitCodes.OK;
        }
        for (RecordedEntry r : entries) {
            AuditEntry e = r.entry();
            System.out.println(String.join(
                    "  ",
                    Long.toString(r.number()),
                    e.at().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString(),
                    e.who(),
                    e.from(),
                    e.action(),
                    e.target(),
                    e.detail()));
        }
        System.out.println(Count.of(entries.size(), "entry", "entries") + ".");
        return ExitCodes.OK;
    }

    @Override
    public AuditNote audit() {
        String range = (from == null ? "" : "from=" + from)
                + (from != null && to != null ? " " : "")
                + (to == null ? "" : "to=" + to);
        return new AuditNote(AuditAction.AUDIT_VIEW, "", range);
    }

    private static LocalDate day(String option, String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserMistake(option + " takes a day as YYYY-MM-DD, not '" + text + "'");
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Check the audit log's chain and seal. Exit code 0 when intact; 1 when an entry was removed, altered,",
                "reordered or cut off, naming the first bad one."
            })
    static final class Verify implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() {
            AuditCheck check = caseOption.audit().verify();
            if (json) System.out.println(Json.write(AuditJson.check(check)));
            if (check.isIntact()) {
                if (!json) System.out.println("The audit log is intact: " + check.entries() + " entries.");
                return ExitCodes.OK;
            }
            System.err.println("The audit log is not intact: " + check.problem() + ".");
            return ExitCodes.USER_MISTAKE;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.AUDIT_VERIFY);
        }
    }
}
