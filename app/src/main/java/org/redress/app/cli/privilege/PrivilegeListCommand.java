package org.redress.app.cli.privilege;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.privilege.PrivilegeMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress privilege list [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Every privilege mark, documents first.")
final class PrivilegeListCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            List<PrivilegeMark> marks = c.privileges().list();
            if (json)
                System.out.println(Json.write(
                        Map.of("marks", marks.stream().map(MarkOutput::json).toList())));
            else if (marks.isEmpty()) System.out.println("No privilege marks.");
            else System.out.println(marks.stream().map(MarkOutput::line).collect(Collectors.joining("\n")));
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.PRIVILEGE_VIEW);
    }
}
