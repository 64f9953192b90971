package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.redress.store.crypto.Argon2Tuning;
import org.redress.store.crypto.Argon2id;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.Passphrases;

/**
 * The one place an encrypted case is unlocked, for every command and for {@code serve}: the passphrase comes from
 * {@code --key-file FILE} (given to {@link #useKeyFile}), {@code REDRESS_PASSPHRASE}, or the terminal, and the key
 * it opens is kept for the rest of the command, so a command that opens its case and then records itself in the
 * audit log asks once. A wrong passphrase or none is a {@link org.redress.core.UserMistake} with the exact words of
 * {@link CaseKeys#WRONG_PASSPHRASE} or {@link Passphrases#NEEDED}, raised before anything of the case is opened.
 */
public final class CaseKeyring {
    /** About a second of Argon2id here (at least 64 MiB), measured when a key is made. */
    static final Duration ARGON2_TARGET = Duration.ofSeconds(1);

    private static final Map<Path, CaseKey> OPEN = new ConcurrentHashMap<>();
    private static volatile Path keyFile;
    private static final Passphrases DEFAULT = Passphrases.ofThisProcess();
    /** Argon2id's costs for a new key: tuned here; tests that make many keys use the least allowed. */
    private static volatile java.util.function.Supplier<Argon2id> costs =
            () -> Argon2Tuning.forAbout(ARGON2_TARGET, new SecureRandom());

    private static volatile Passphrases passphrases = DEFAULT;

    private CaseKeyring() {}

    /** The passphrase file of this command ({@code --key-file}); null for the environment or the terminal. */
    public static void useKeyFile(Path file) {
        keyFile = file;
    }

    /** Where passphrases come from (the process's environment and terminal unless a test says otherwise). */
    static void usePassphrases(Passphrases source) {
        passphrases = source;
    }

    static void useCosts(java.util.function.Supplier<Argon2id> source) {
        costs = source;
    }

    /** Back to this process's passphrase sources and tuned costs (after a test changed them). */
    static void useOrdinarySources() {
        passphrases = DEFAULT;
        costs = () -> Argon2Tuning.forAbout(ARGON2_TARGET, new SecureRandom());
    }

    /** The key of the encrypted case in {@code root}, asked for once per command. */
    public static CaseKey unlock(Path root) throws IOException {
        Path at = canonical(root);
        CaseKey open = OPEN.get(at);
        if (open != null) return open;
        synchronized (CaseKeyring.class) {
            open = OPEN.get(at);
            if (open != null) return open;
            char[] passphrase = passphrases.existing(keyFile);
            try {
                CaseKey key = new CaseKeys().unlock(root, passphrase);
                OPEN.put(at, key);
                return key;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** A new key for the case in {@code root}, wrapped under a new passphrase (asked twice on a terminal). */
    static CaseKey create(Path root) throws IOException {
        char[] passphrase = passphrases.fresh(keyFile);
        try {
            CaseKey key = new CaseKeys().create(root, passphrase, costs.get());
            OPEN.put(canonical(root), key);
            return key;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * The passphrase of a backup file of a plain case: a new one to write it ({@code fresh}), the one it was made
     * with to read it. The caller wipes it.
     */
    @SuppressWarnings("SystemConsoleNull") // Java 17: null is exactly "no terminal", as Passphrases reads it
    static char[] backupPassphrase(boolean fresh) {
        boolean given = keyFile != null
                || (System.getenv(Passphrases.ENVIRONMENT_VARIABLE) != null
                        && !System.getenv(Passphrases.ENVIRONMENT_VARIABLE).isEmpty())
                || System.console() != null;
        if (!given && passphrases == DEFAULT)
            throw new CaseException(
                    fresh
                            ? "A backup of a plain case is encrypted under a passphrase: set REDRESS_PASSPHRASE, give"
                                    + " --key-file FILE or run on a terminal; or write it unencrypted with --plain"
                            : "This backup is encrypted and needs its passphrase: set REDRESS_PASSPHRASE or run on a terminal");
        return fresh ? passphrases.fresh(keyFile) : passphrases.existing(keyFile);
    }

    /** Keeps an unlocked key for the case now in {@code root} (its key file was just put in place). */
    static void remember(Path root, CaseKey key) {
        OPEN.put(canonical(root), key);
    }

    /** Forgets every key and key file: the command is over. The open cases keep the subkeys they derived. */
    public static void forgetAll() {
        OPEN.clear();
        keyFile = null;
    }

    private static Path canonical(Path root) {
        return root.toAbsolutePath().normalize();
    }
}
