package org.redress.app.cli.custody;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseArchiveExport;
import org.redress.app.wiring.CaseArchiveImport;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress case export|import}: a whole case moved between a case folder and a team server (issue 13). */
@Command(
        name = "case",
        mixinStandardHelpOptions = true,
        description = {
            "Move a whole case between a case folder and a team server, or between two of either, through a case",
            "archive: every document, page, mention, person, event, claim, request and audit entry, with their ids."
        },
        subcommands = {CaseCommand.Export.class, CaseCommand.Import.class})
public final class CaseCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private static void print(boolean json, String verb, String where, Map<String, Long> counts) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("case", where);
            out.put("counts", counts);
            System.out.println(Json.write(out));
            return;
        }
        StringBuilder line = new StringBuilder(verb).append(' ');
        counts.forEach((kind, n) -> line.append(n).append(' ').append(kind).append(", "));
        line.setLength(line.length() - 2);
        System.out.println(line + " (" + where + ")");
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write the case (a folder, or with --server a case on a team server) to one case archive: a zip of its",
                "tables as JSON lines, its originals, its own files and its audit log, with a manifest of counts and",
                "SHA-256 digests. Safe while serve, ingest or a worker runs. Encrypted under a passphrase",
                "(--key-file, $REDRESS_PASSPHRASE, or asked twice), unless --plain."
            })
    static final class Export implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The archive to write.")
        Path to;

        @Option(names = "--plain", description = "Write the archive unencrypted (keep it as private as the case).")
        boolean plain;

        @Option(names = "--json", description = "Print one JSON document: the case and its counts per kind.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                var manifest = CaseArchiveExport.export(c.folder(), to, plain);
                print(json, "Exported", to.toString(), manifest.counts());
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.CASE_EXPORT, to.getFileName().toString());
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Make a new case from a case archive written by redress case export: a new or empty folder (--case",
                "DIR), or with --server a new case NAME on a team server. The whole archive is checked against its",
                "manifest before anything is written; a case already there is refused (an import never merges), and",
                "a failed import leaves no case behind. The search index is built from the imported pages."
            })
    static final class Import implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "FILE", description = "The case archive.")
        Path from;

        @Option(names = "--json", description = "Print one JSON document: the case and its counts per kind.")
        boolean json;

        @Option(
                names = "--encrypt",
                description = "Make the new case encrypted, as init --encrypt does (a passphrase for a case folder;"
                        + " with --server the server's secrets key), whether or not the archive was.")
        boolean encrypt;

        @Override
        public Integer call() throws Exception {
            var manifest = CaseArchiveImport.importInto(from, caseOption.importTarget(encrypt));
            print(json, "Imported", caseOption.describe(), manifest.counts());
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.CASE_IMPORT, from.getFileName().toString());
        }
    }
}
