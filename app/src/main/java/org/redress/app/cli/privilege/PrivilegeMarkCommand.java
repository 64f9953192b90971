package org.redress.app.cli.privilege;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress privilege mark DOC… [--finding N] --kind KIND [--reason TEXT]}. */
@Command(
        name = "mark",
        mixinStandardHelpOptions = true,
        description = "Mark documents (and findings' notes with --finding) privileged; a mark replaces an earlier one.")
final class PrivilegeMarkCommand implements Callable<Integer>, Audited {
    @Mixin
    PrivilegeItems items;

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
                System.out.println(Json.write(
                        Map.of("marked", marks.stream().map(MarkOutput::json).toList())));
            else marks.forEach(m -> System.out.println("Marked " + MarkOutput.line(m)));
        }
        return 0;
    }

    /** The items and the kind; never the reason, which may name people. */
    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.PRIVILEGE_MARK, items.target(), parsed == null ? kind : parsed.code());
    }
}
