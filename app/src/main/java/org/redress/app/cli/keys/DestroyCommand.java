package org.redress.app.cli.keys;

import java.io.Console;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.cli.Audited;
import org.redress.app.cli.CaseOption;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseKeyring;
import org.redress.app.wiring.KeyOperations;
import org.redress.application.audit.AuditNote;
import org.redress.core.UserMistake;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code redress destroy}: the keys of an encrypted case shredded, so that nothing in it can be read any more. */
@Command(
        name = "destroy",
        mixinStandardHelpOptions = true,
        description = {
            "Make an encrypted case unreadable at once: its keys are overwritten, forced to disk and removed, so no",
            "passphrase opens it again. Asks for confirmation on a terminal; --yes for scripts. A case that is not",
            "encrypted is refused: only deleting its folder removes its data. The passphrase is asked first (from",
            "--key-file, REDRESS_PASSPHRASE or the terminal), so that the destruction is recorded in the case's",
            "audit log, which no one can read afterwards either."
        })
public final class DestroyCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = caseOption.folder();
        KeyOperations keyring = KeyOperations.of(dir);
        // A plain case is refused (by destroy itself) before anyone is asked to confirm anything.
        if (keyring.isEncrypted()) {
            keyring.requireKey();
            CaseKeyring.unlock(dir); // kept for this command's audit entry, written with the key still at hand
            if (!yes) confirm(dir);
        }
        List<String> shredded = keyring.destroy();
        if (json) {
            System.out.println(Json.write(Map.of("destroyed", true, "shredded", shredded)));
        } else {
            System.out.println("The keys of the case are destroyed (" + String.join(", ", shredded) + "): nothing in "
                    + dir + " can be read any more, with any passphrase.");
            System.out.println(KeyMessages.SHARES_OUTLIVE_DESTROY);
        }
        return 0;
    }

    private static void confirm(Path dir) {
        Console console = System.console();
        if (console == null)
            throw new UserMistake("redress destroy asks for confirmation on a terminal; in a script, add --yes."
                    + " Nothing was destroyed");
        String name = KeyMessages.folderName(dir);
        console.printf(
                "This makes the case '%s' unreadable for ever: no passphrase will open it again.%n%s%n",
                name, KeyMessages.SHARES_OUTLIVE_DESTROY);
        String typed = console.readLine("Type the case folder's name (%s) to destroy its keys: ", name);
        if (typed == null || !typed.strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
            throw new UserMistake("Not confirmed; nothing was destroyed");
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.CASE_DESTROY);
    }
}
