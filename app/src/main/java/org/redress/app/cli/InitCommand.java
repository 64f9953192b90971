package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a case folder: database, search index and store of originals.")
final class InitCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = CaseServices.init(caseOption.folder())) {
            System.out.println("Case ready in " + c.folder().root().toAbsolutePath());
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_INIT);
    }
}
