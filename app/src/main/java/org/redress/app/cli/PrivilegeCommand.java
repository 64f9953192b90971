package org.redress.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.privilege.PrivilegeService;
import org.redress.core.audit.AuditAction;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress privilege mark | unmark | list}: privilege marks, which hide documents and notes from some roles. */
@Command(
        name = "privilege",
        mixinStandardHelpOptions = true,
        description = {
            "Mark documents (and findings' notes) as attorney-client or work-product privileged. On a team server,",
            "reporters and viewers never reach a marked document (by id, its pages, its original, search, hits) or",
            "a marked note (it reads blank). The command line and an embedded case see everything, marked or not."
        },
        subcommands = {PrivilegeCommand.Mark.class, PrivilegeCommand.Unmark.class, PrivilegeCommand.ListMarks.class})
final class PrivilegeCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The items every change names: documents as arguments, findings with --finding. */
    static final class Items {
        @Mixin
        CaseOption caseOption;

        @Parameters(
                arity = "0..*",
                paramLabel = "DOC",
                description = "Documents: their ids, or unique prefixes of at least 6 characters.")
        List<String> documents = new ArrayList<>();

        @Option(
                names = "--finding",
                paramLabel = "N",
                description = "A finding whose note is privileged (its number, from claims link --json); repeatable.")
        List<Long> findings = new ArrayList<>();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        String target() {
            List<String> all = new ArrayList<>(documents);
            findings.forEach(f -> all.add("finding " + f));
            return String.join(",", all);
        }
    }

    static Map<String, Object> json(PrivilegeMark m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", m.item().target().code());
        out.put("id", m.item().id());
        out.put("kind", m.kind().code());
        out.put("by", m.by());
        out.put("at", m.at().toString());
        out.put("reason", m.reason());
        return out;
    }

    static String line(PrivilegeMark m) {
        String reason = m.reason().isEmpty() ? "" : "  " + m.reason();
        return String.format(
                "%-15s %-8s %s  by %s at %s%s",
                m.kind().code(), m.item().target().code(), shortId(m.item()), m.by(), m.at(), reason);
    }

    private static String shortId(PrivilegedItem item) {
        return item.target() == PrivilegedItem.Target.DOCUMENT ? item.id().substring(0, 12) : item.id();
    }

    @Command(
            name = "mark",
            mixinStandardHelpOptions = true,
            description =
                    "Mark documents (and findings' notes with --finding) privileged; a mark replaces an earlier one.")
    static final class Mark implements Callable<Integer>, Audited {
        @Mixin
        Items items;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "attorney-client or work-product (attorney_client and any case are read too).")
        String kind;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is privileged (kept with the mark).")
        String reason;

        private PrivilegeKind parsed;

        @Override
        public Integer call() throws Exception {
            parsed = PrivilegeKind.fromCode(kind);
            try (CaseServices c = items.caseOption.open()) {
                List<PrivilegeMark> marks = c.privileges()
                        .mark(items.documents, items.findings, parsed, reason, System.getProperty("user.name"));
                if (items.json)
                    System.out.println(Json.write(Map.of(
                            "marked", marks.stream().map(PrivilegeCommand::json).toList())));
                else marks.forEach(m -> System.out.println("Marked " + line(m)));
            }
            return 0;
        }

        /** The items and the kind; never the reason, which may name people. */
        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.PRIVILEGE_MARK, items.target(), parsed == null ? kind : parsed.code());
        }
    }

    @Command(
            name = "unmark",
            mixinStandardHelpOptions = true,
            description = "Lift the privilege marks of documents (and of findings' notes with --finding).")
    static final class Unmark implements Callable<Integer>, Audited {
        @Mixin
        Items items;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = items.caseOption.open()) {
                PrivilegeService.Unmarked done = c.privileges().unmark(items.documents, items.findings);
                if (items.json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put(
                            "unmarked",
                            done.lifted().stream().map(PrivilegeCommand::item).toList());
                    out.put(
                            "notMarked",
                            done.unmarked().stream().map(PrivilegeCommand::item).toList());
                    System.out.println(Json.write(out));
                } else {
                    done.lifted()
                            .forEach(i ->
                                    System.out.println("Unmarked " + i.target().code() + " " + i.id()));
                    done.unmarked()
                            .forEach(i -> System.out.println(
                                    "Not marked: " + i.target().code() + " " + i.id()));
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.PRIVILEGE_UNMARK, items.target());
        }
    }

    static Map<String, Object> item(PrivilegedItem i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", i.target().code());
        out.put("id", i.id());
        return out;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every privilege mark, documents first.")
    static final class ListMarks implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                List<PrivilegeMark> marks = c.privileges().list();
                if (json)
                    System.out.println(Json.write(Map.of(
                            "marks", marks.stream().map(PrivilegeCommand::json).toList())));
                else if (marks.isEmpty()) System.out.println("No privilege marks.");
                else
                    System.out.println(
                            marks.stream().map(PrivilegeCommand::line).collect(Collectors.joining("\n")));
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.PRIVILEGE_VIEW);
        }
    }
}
