package org.redress.app.cli.keys;

import java.nio.file.Path;
import java.util.Arrays;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress key change}: the same data key wrapped under a new passphrase, at once. */
@Command(
        name = "change",
        mixinStandardHelpOptions = true,
        description = {
            "Give an encrypted case a new passphrase. Its key is wrapped again at once; the old passphrase opens",
            "nothing afterwards. The old passphrase comes from --key-file, REDRESS_PASSPHRASE or the terminal; the new",
            "one from --new-key-file, REDRESS_NEW_PASSPHRASE or the terminal (asked twice)."
        })
final class ChangeCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--new-key-file", paramLabel = "FILE", description = "A file holding the new passphrase.")
    Path newKeyFile;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        KeyOperations keyring = KeyOperations.of(caseOption.folder()).requireKey();
        Passphrases passphrases = Passphrases.ofThisProcess();
        char[] old = passphrases.existing(caseOption.keyFile());
        char[] fresh = null;
        try {
            fresh = passphrases.replacement(newKeyFile);
            if (Arrays.equals(old, fresh))
                throw new UserMistake("The new passphrase is the same as the old one; nothing was changed");
            System.err.println("Wrapping the case's key under the new passphrase (a few seconds)…");
            keyring.changePassphrase(old, fresh);
        } finally {
            Arrays.fill(old, '\0');
            if (fresh != null) Arrays.fill(fresh, '\0');
        }
        if (json) {
            System.out.println(Json.write(Map.of("passphraseChanged", true)));
        } else {
            System.out.println("The case has its new passphrase; the old one opens nothing now.");
            System.out.println("Recovery shares given out earlier still work: the key itself did not change.");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.KEY_CHANGE);
    }
}
