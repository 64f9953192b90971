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
                    + "$REDRESS_PASSPHRASE, or asked twice on the terminal; at least 12 characters). With --server:"
                    + " under the server's secrets key (secrets.key.file, which must be outside blobs.dir); the"
                    + " pages in OpenSearch stay plain.")
    boolean encrypt;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.init(encrypt)) {
            String kind = c.folder().encrypted() ? "Encrypted case" : "Case";
            if (caseOption.onServer()) {
                System.out.println(kind + " " + c.folder().name() + " ready on the server; its originals, audit log"
                        + " and keys are in " + c.folder().root());
                if (c.folder().encrypted())
                    System.out.println("Its key opens only with the server's secrets key (secrets.key.file): copy"
                            + " that file to every machine that runs Redress for this server, keep a copy apart"
                            + " from the blob store and the database, and never put it beside them. The pages in"
                            + " OpenSearch are not encrypted: keep the search nodes' data on encrypted disks.");
            } else {
                System.out.println(kind + " ready in " + c.folder().root().toAbsolutePath());
                if (c.folder().encrypted())
                    System.out.println("Keep the passphrase safe: without it nothing in this case can be read.");
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_INIT);
    }
}
