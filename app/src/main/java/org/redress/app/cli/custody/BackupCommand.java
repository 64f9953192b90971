package org.redress.app.cli.custody;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseBackup;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress backup}: the case as one zip, consistent even while serve or ingest runs. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Copy the case into one zip: a consistent snapshot of the database, the originals, the custody keys and",
            "manifests, and the case's own files. Safe while serve or ingest runs. The search index is rebuilt on",
            "restore. An encrypted case's backup holds its files as they are, encrypted. A plain case's backup is",
            "encrypted under a passphrase (--key-file, $REDRESS_PASSPHRASE, or asked twice), unless --plain."
        })
public final class BackupCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The zip to write.")
    Path to;

    @Option(
            names = "--plain",
            description = "Write a plain case's backup unencrypted (keep it as private as the case).")
    boolean plain;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CaseBackup.Summary s = CaseBackup.backup(caseOption.folder(), to, plain);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", to.toString());
            out.put("originals", s.originals());
            out.put("manifests", s.manifests());
            out.put("files", s.files());
            System.out.println(Json.write(out));
        } else {
            System.out.printf(
                    "Backed up %s and %s to %s%n",
                    Count.of(s.originals(), "original", "originals"),
                    Count.of(s.manifests(), "manifest", "manifests"),
                    to);
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_BACKUP, to.toString());
    }
}
