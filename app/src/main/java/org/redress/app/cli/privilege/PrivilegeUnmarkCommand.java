package org.redress.app.cli.privilege;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.privilege.PrivilegeService;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code redress privilege unmark DOC… [--finding N]}: what was lifted, and what had no mark. */
@Command(
        name = "unmark",
        mixinStandardHelpOptions = true,
        description = "Lift the privilege marks of documents (and of findings' notes with --finding).")
final class PrivilegeUnmarkCommand implements Callable<Integer>, Audited {
    @Mixin
    PrivilegeItems items;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = items.caseOption.open()) {
            PrivilegeService.Unmarked done = c.privileges().unmark(items.documents, items.findings);
            if (items.json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("unmarked", done.lifted().stream().map(MarkOutput::item).toList());
                out.put(
                        "notMarked",
                        done.unmarked().stream().map(MarkOutput::item).toList());
                System.out.println(Json.write(out));
            } else {
                done.lifted()
                        .forEach(
                                i -> System.out.println("Unmarked " + i.target().code() + " " + i.id()));
                done.unmarked()
                        .forEach(i ->
                                System.out.println("Not marked: " + i.target().code() + " " + i.id()));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.PRIVILEGE_UNMARK, items.target());
    }
}
