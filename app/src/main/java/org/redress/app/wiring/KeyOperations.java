package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.redress.core.UserMistake;
import org.redress.store.crypto.Argon2Tuning;
import org.redress.store.crypto.Argon2id;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.KeyDestruction;
import org.redress.store.crypto.KeyRecovery;
import org.redress.store.crypto.RecoveryShare;

/**
 * The key operations on a case folder, which work on its {@code keys/} alone and open nothing else: a new passphrase,
 * recovery shares, recovery, destruction. Every new wrap of the data key gets Argon2id costs measured here and now.
 */
public final class KeyOperations {
    /** RFC 9106 and the issue: at least 64 MiB and about a second to derive. */
    private static final Duration DERIVATION_TIME = Duration.ofSeconds(1);

    private final Path root;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final CaseKeys keys = new CaseKeys(random);

    private KeyOperations(Path root) {
        this.root = root;
    }

    /** The keys of the case in {@code dir}; a folder that is no case is a mistake. */
    public static KeyOperations of(Path dir) {
        CaseFolder.requireCase(dir);
        return new KeyOperations(dir);
    }

    public boolean isEncrypted() {
        return CaseKeys.isEncrypted(root);
    }

    /** A case with a key to use: refused, before any passphrase is asked, when it is plain or its keys destroyed. */
    public KeyOperations requireKey() {
        if (CaseKeys.isDestroyed(root)) throw new UserMistake(CaseKeys.DESTROYED);
        if (!isEncrypted())
            throw new UserMistake(
                    "The case '" + root + "' is not encrypted: it has no key to change, split or recover");
        return this;
    }

    /** Re-wraps the data key under the new passphrase at once; nothing is written when the old one is wrong. */
    public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws IOException {
        keys.changePassphrase(root, oldPassphrase, newPassphrase, costs());
        keepOpenedBy(newPassphrase);
    }

    public List<RecoveryShare> recoveryShares(char[] passphrase, int shares, int threshold) throws IOException {
        return recovery().split(root, passphrase, shares, threshold);
    }

    /** Checks the shares against the case before a new passphrase is asked for. */
    public void checkShares(List<RecoveryShare> shares) throws IOException {
        recovery().check(root, shares);
    }

    public void recover(List<RecoveryShare> shares, char[] newPassphrase) throws IOException {
        recovery().recover(root, shares, newPassphrase, costs());
        keepOpenedBy(newPassphrase);
    }

    /** The rest of the command (its audit entry) uses the key as the new passphrase opens it, not the old one. */
    private void keepOpenedBy(char[] newPassphrase) throws IOException {
        CaseKeyring.remember(root, keys.unlock(root, newPassphrase));
    }

    /** Shreds the keys; the names of the files shredded. */
    public List<String> destroy() throws IOException {
        return new KeyDestruction(random, clock).destroy(root);
    }

    private KeyRecovery recovery() {
        return new KeyRecovery(keys, random, clock);
    }

    private Argon2id costs() {
        return Argon2Tuning.forAbout(DERIVATION_TIME, random);
    }
}
