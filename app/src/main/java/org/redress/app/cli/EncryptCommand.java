package org.redress.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseEncryption;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress encrypt}: a plain case converted in place into an encrypted one, safe to interrupt. */
@Command(
        name = "encrypt",
        mixinStandardHelpOptions = true,
        description = {
            "Encrypt an existing plain case under a new passphrase (from --key-file, $REDRESS_PASSPHRASE, or asked",
            "twice on the terminal): its database, originals, index, audit log and manifests. Stop serve and ingest",
            "first. If it is interrupted (even by a crash), run it again: it finishes, and nothing is lost."
        })
final class EncryptCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CaseEncryption.Summary s = CaseEncryption.encrypt(caseOption.folder());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", caseOption.folder().toString());
            out.put("encrypted", true);
            out.put("resumed", s.resumed());
            out.put("originals", s.originals());
            out.put("manifests", s.manifests());
            out.put("auditEntries", s.auditEntries());
            System.out.println(Json.write(out));
        } else if (s.resumed()) {
            System.out.println("Finished the interrupted encryption of " + caseOption.folder());
        } else {
            System.out.printf(
                    "Encrypted %s: %s, %s, %s. Keep the passphrase safe.%n",
                    caseOption.folder(),
                    Count.of(s.originals(), "original", "originals"),
                    Count.of(s.manifests(), "manifest", "manifests"),
                    Count.of(s.auditEntries(), "audit entry", "audit entries"));
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_ENCRYPT);
    }
}
