package org.redress.app.cli.custody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.export.ManifestExport;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.custody.SignedManifest;
import org.redress.core.Count;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress export manifest}: a source's signed custody manifest, for a declaration. */
@Command(
        name = "manifest",
        mixinStandardHelpOptions = true,
        description = {
            "A source's signed chain-of-custody manifest: every original with its SHA-256 and size, when, by whom and",
            "for which request it was received, the signature and the key's fingerprint. JSON goes to standard",
            "output unless --output is given; PDF and DOCX need --output."
        })
final class ManifestCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source's name.")
    String source;

    @Option(names = "--version", paramLabel = "N", description = "Which version of its manifest (default: the latest).")
    Integer version;

    @Option(names = "--format", defaultValue = "json", description = "json, pdf or docx (default: json).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (required for pdf and docx).")
    Path output;

    @Option(
            names = "--include-private",
            description = "Allow the manifest of a private reference source (the group's notes of closed meetings).")
    boolean includePrivate;

    @Override
    public Integer call() throws Exception {
        ManifestExport.Format f = ManifestExport.Format.of(format);
        if (output == null && f != ManifestExport.Format.JSON)
            throw new UserMistake("--format " + format + " writes a file: give --output FILE");
        byte[] bytes;
        SignedManifest m;
        try (CaseServices c = caseOption.open()) {
            boolean isPrivate =
                    c.reuse().referenceSources().stream().anyMatch(r -> r.name().equals(source) && r.isPrivate());
            if (isPrivate && !includePrivate)
                throw new UserMistake("'" + source + "' is a private reference source (the group's own material):"
                        + " its manifest is exported only with --include-private");
            m = c.manifests().find(source, version);
            bytes = ManifestExport.write(m, f);
        }
        if (output == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(output, bytes);
            System.err.printf(
                    "Wrote manifest version %d of \"%s\" (%s) to %s%n",
                    m.manifest().version(),
                    source,
                    Count.of(m.manifest().files().size(), "original", "originals"),
                    output);
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.MANIFEST_EXPORT, source);
    }
}
