package org.redress.app.cli.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.KeyOperations;
import org.redress.application.audit.AuditNote;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import org.redress.store.crypto.Passphrases;
import org.redress.store.crypto.RecoveryShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress key recovery}: the data key split into Shamir shares for trusted people. */
@Command(
        name = "recovery",
        mixinStandardHelpOptions = true,
        description = {
            "Split the key of an encrypted case into N recovery shares for trusted people, any K of which (with the",
            "case folder) give it back when the passphrase is lost: 'redress key recover'. Each share is text to store",
            "or print, with the case's fingerprint and a check that catches a mistyped character. Printed on standard",
            "output, or one file per share with --out DIR."
        })
final class RecoveryCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--shares", required = true, paramLabel = "N", description = "How many shares (2 to 255).")
    int shares;

    @Option(
            names = "--threshold",
            required = true,
            paramLabel = "K",
            description = "How many shares together give the key back (2 to N).")
    int threshold;

    @Option(names = "--out", paramLabel = "DIR", description = "Write share-1-of-N.txt … in this folder.")
    Path out;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private String made;

    @Override
    public Integer call() throws Exception {
        if (shares < 2) throw new UserMistake("--shares must be at least 2 (and --threshold at least 2)");
        KeyOperations keyring = KeyOperations.of(caseOption.folder()).requireKey();
        List<Path> files = out == null ? List.of() : shareFiles();
        char[] passphrase = Passphrases.ofThisProcess().existing(caseOption.keyFile());
        List<RecoveryShare> split;
        try {
            split = keyring.recoveryShares(passphrase, shares, threshold);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        String name = KeyMessages.folderName(caseOption.folder());
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        List<Map<String, Object>> listed = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < split.size(); i++) {
            RecoveryShare s = split.get(i);
            String text = s.text(name, today);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", s.number());
            if (out != null) {
                writePrivate(files.get(i), text);
                entry.put("file", files.get(i).toString());
            } else {
                entry.put("text", text);
                printed.append(text).append('\n');
            }
            listed.add(entry);
        }
        RecoveryShare first = split.get(0);
        made = "set " + first.set() + ", " + shares + " shares, threshold " + threshold;
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("fingerprint", first.printedFingerprint());
            doc.put("set", first.set());
            doc.put("count", shares);
            doc.put("threshold", threshold);
            doc.put("shares", listed);
            System.out.println(Json.write(doc));
        } else {
            System.out.print(printed);
            System.err.printf(
                    "Made %d recovery shares (set %s; any %d of them open the case, fingerprint %s)%s.%n",
                    shares, first.set(), threshold, first.printedFingerprint(), out == null ? "" : " in " + out);
            System.err.println("Give each to a different trusted person. " + KeyMessages.SHARES_OUTLIVE_DESTROY);
        }
        return 0;
    }

    /** The files to write, none of which may exist yet: an old share is never overwritten. */
    private List<Path> shareFiles() throws IOException {
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= shares; n++) {
            Path file = out.resolve("share-" + n + "-of-" + shares + ".txt");
            if (Files.exists(file))
                throw new UserMistake("'" + file + "' already exists; choose an empty folder for the shares");
            files.add(file);
        }
        return files;
    }

    private static void writePrivate(Path file, String text) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.KEY_RECOVERY_SHARES, "", made);
    }
}
