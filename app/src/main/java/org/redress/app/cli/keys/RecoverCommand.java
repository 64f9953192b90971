package org.redress.app.cli.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.redress.store.crypto.RecoveryShareReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress key recover}: enough recovery shares put the key back under a new passphrase. */
@Command(
        name = "recover",
        mixinStandardHelpOptions = true,
        description = {
            "Give an encrypted case whose passphrase is lost a new one, from enough of its recovery shares: files, or",
            "pasted on standard input when no file is named. The new passphrase comes from --new-key-file,",
            "REDRESS_NEW_PASSPHRASE or the terminal (asked twice). Too few shares, shares of another case or set, or",
            "a damaged one: nothing is changed."
        })
final class RecoverCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "SHARE", arity = "0..*", description = "Files holding shares ('-' for standard input).")
    List<Path> shareFiles = new ArrayList<>();

    @Option(names = "--new-key-file", paramLabel = "FILE", description = "A file holding the new passphrase.")
    Path newKeyFile;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    private String used;

    @Override
    public Integer call() throws Exception {
        KeyOperations keyring = KeyOperations.of(caseOption.folder());
        List<RecoveryShare> shares =
                shareFiles.isEmpty() || shareFiles.equals(List.of(Path.of("-"))) ? fromStandardInput() : fromFiles();
        keyring.checkShares(shares);
        char[] fresh = Passphrases.ofThisProcess().replacement(newKeyFile);
        try {
            System.err.println("Wrapping the recovered key under the new passphrase (a few seconds)…");
            keyring.recover(shares, fresh);
        } finally {
            Arrays.fill(fresh, '\0');
        }
        RecoveryShare first = shares.get(0);
        long count = shares.stream().map(RecoveryShare::number).distinct().count();
        used = "set " + first.set() + ", " + count + " shares";
        if (json) {
            System.out.println(Json.write(Map.of(
                    "recovered",
                    true,
                    "fingerprint",
                    first.printedFingerprint(),
                    "set",
                    first.set(),
                    "sharesUsed",
                    count)));
        } else {
            System.out.println("The case's key is back, under the new passphrase (from " + count + " shares of set "
                    + first.set() + ").");
        }
        return 0;
    }

    private List<RecoveryShare> fromFiles() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : shareFiles) {
            if (!Files.isRegularFile(file)) throw new UserMistake("The share file '" + file + "' does not exist");
            text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
        }
        return RecoveryShareReader.parse(text.toString());
    }

    /** Lines until as many shares as the first one's set needs (so a person pasting need not end the input). */
    private static List<RecoveryShare> fromStandardInput() throws IOException {
        if (System.console() != null)
            System.err.println("Paste or type the recovery shares, one after another (Ctrl-D when done):");
        RecoveryShareReader reader = new RecoveryShareReader();
        List<RecoveryShare> read = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Optional<RecoveryShare> share = reader.line(line);
            if (share.isEmpty()) continue;
            read.add(share.get());
            if (read.stream().map(RecoveryShare::number).distinct().count()
                    >= read.get(0).threshold()) return read;
        }
        reader.finish(); // a share begun and cut off is named as incomplete
        if (read.isEmpty())
            throw new UserMistake(
                    "No recovery share was given: name the share files, or paste the shares on" + " standard input");
        return read;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.KEY_RECOVER, "", used);
    }
}
