package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a case folder (or with --server a case on a team server): database, search index and"
                + " store of originals.")
final class InitCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(
            names = "--encrypt",
            description = "Encrypt everything the case will hold under a passphrase (from --key-file, "
                    + "$REDRESS_PASSPHRASE, or asked twice on the terminal; at least 12 characters).")
    boolean encrypt;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.init(encrypt)) {
            if (caseOption.onServer())
                System.out.println("Case " + c.folder().name() + " ready on the server; its originals, audit log and"
                        + " keys are in " + c.folder().root());
            else
                System.out.println((c.folder().encrypted() ? "Encrypted case" : "Case") + " ready in "
                        + c.folder().root().toAbsolutePath());
            if (c.folder().encrypted())
                System.out.println("Keep the passphrase safe: without it nothing in this case can be read.");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_INIT);
    }
}
