package org.redress.store.crypto;

import com.codahale.shamir.Scheme;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.redress.core.Count;
import org.redress.core.UserMistake;

/**
 * Recovery of a case whose passphrase is lost: its data key split into Shamir shares (Coda Hale's GF(256)
 * implementation) for trusted people, any {@code threshold} of which give the key back to be wrapped under a new
 * passphrase. The case keeps only the fingerprint of its key and the sets it gave out ({@link RecoveryRecord}), never
 * a share.
 */
public final class KeyRecovery {
    public static final int MOST_SHARES = 255;

    private final CaseKeys keys;
    private final SecureRandom random;
    private final Clock clock;

    public KeyRecovery(CaseKeys keys, SecureRandom random, Clock clock) {
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /** A new set of {@code shares} shares, any {@code threshold} of which open the case; recorded in the case. */
    public List<RecoveryShare> split(Path caseRoot, char[] passphrase, int shares, int threshold) throws IOException {
        checkCounts(shares, threshold);
        try (CaseKey key = keys.unlock(caseRoot, passphrase)) {
            String fingerprint = fingerprint(key);
            String set = ReadableBase32.encode(randomBytes(3));
            byte[] dataKey = key.dataKeyForWrapping();
            List<RecoveryShare> made = new ArrayList<>();
            try {
                Map<Integer, byte[]> parts = new Scheme(random, shares, threshold).split(dataKey);
                for (Map.Entry<Integer, byte[]> part : new TreeMap<>(parts).entrySet()) {
                    made.add(new RecoveryShare(fingerprint, set, part.getKey(), shares, threshold, part.getValue()));
                    Arrays.fill(part.getValue(), (byte) 0);
                }
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
            RecoveryRecord.add(
                    caseRoot,
                    fingerprint,
                    new RecoveryRecord.Set(
                            set, shares, threshold, clock.instant().toString()));
            return made;
        }
    }

    /**
     * Puts the data key back together from shares of one set of this case and wraps it under the new passphrase.
     * Too few shares, shares of another case or set, or a damaged one: a {@link UserMistake}, and nothing written.
     */
    public void recover(Path caseRoot, List<RecoveryShare> given, char[] newPassphrase, Argon2id argon2id)
            throws IOException {
        String fingerprint = check(caseRoot, given);
        Map<Integer, byte[]> parts = parts(given);
        byte[] joined = new Scheme(random, given.get(0).shares(), given.get(0).threshold()).join(parts);
        parts.values().forEach(p -> Arrays.fill(p, (byte) 0));
        try (CaseKey key = new CaseKey(joined)) {
            if (!fingerprint(key).equals(fingerprint))
                throw new UserMistake("These shares do not give back the case's key: one of them was altered after"
                        + " it was made; nothing was changed");
            keys.store(caseRoot, key, newPassphrase, argon2id);
        }
    }

    /**
     * Whether these shares can recover this case: enough of them, all of this case and of one set, none contradicting
     * another (the key they give is checked when they are joined). Gives the case's fingerprint.
     */
    public String check(Path caseRoot, List<RecoveryShare> given) throws IOException {
        if (CaseKeys.isDestroyed(caseRoot)) throw new UserMistake(CaseKeys.DESTROYED);
        String fingerprint = RecoveryRecord.fingerprint(caseRoot);
        if (given.isEmpty()) throw new UserMistake("Give the recovery shares: as files, or pasted on standard input");
        List<String> cases =
                distinct(given.stream().map(RecoveryShare::fingerprint).toList());
        if (cases.size() > 1)
            throw new UserMistake("These shares are of " + cases.size() + " different cases (fingerprints "
                    + printed(cases) + "); give only shares of this case; nothing was changed");
        if (!cases.get(0).equals(fingerprint))
            throw new UserMistake("These shares are of another case (fingerprint "
                    + ReadableBase32.grouped(cases.get(0)) + "; this case's is " + ReadableBase32.grouped(fingerprint)
                    + "); nothing was changed");
        List<String> sets = distinct(given.stream().map(RecoveryShare::set).toList());
        if (sets.size() > 1)
            throw new UserMistake("These shares come from " + sets.size() + " different sets (" + sets
                    + "; each run of 'key recovery' makes a new set): give shares of one set; nothing was changed");
        Map<Integer, byte[]> parts = parts(given);
        parts.values().forEach(p -> Arrays.fill(p, (byte) 0));
        int threshold = given.get(0).threshold();
        if (parts.size() < threshold)
            throw new UserMistake(Count.of(parts.size(), "different share", "different shares")
                    + " given, and this set needs " + threshold
                    + "; nothing was changed");
        return fingerprint;
    }

    /** 80 bits derived from the data key, for telling cases apart; the key cannot be worked back from it. */
    static String fingerprint(CaseKey key) {
        byte[] derived = key.subkey(KeyUse.RECOVERY_FINGERPRINT);
        try {
            return ReadableBase32.encode(Arrays.copyOf(derived, 10));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    static void checkCounts(int shares, int threshold) {
        if (threshold < 2)
            throw new UserMistake("--threshold must be at least 2: with 1, any single share would open the case");
        if (shares > MOST_SHARES) throw new UserMistake("--shares can be at most " + MOST_SHARES);
        if (threshold > shares)
            throw new UserMistake("--threshold (" + threshold + ") cannot be more than --shares (" + shares
                    + "): the case could never be recovered");
    }

    /** The shares by number; the same share given twice counts once, two different ones with one number are wrong. */
    private static Map<Integer, byte[]> parts(List<RecoveryShare> given) {
        Map<Integer, RecoveryShare> byNumber = new TreeMap<>();
        for (RecoveryShare s : given) {
            RecoveryShare earlier = byNumber.putIfAbsent(s.number(), s);
            if (earlier != null && !earlier.equals(s))
                throw new UserMistake("Two different shares both say they are share " + s.number()
                        + "; one of them was altered; nothing was changed");
            if (s.shares() != given.get(0).shares()
                    || s.threshold() != given.get(0).threshold())
                throw new UserMistake("The shares disagree on how many the set has or needs; one of them was"
                        + " altered; nothing was changed");
        }
        Map<Integer, byte[]> parts = new TreeMap<>();
        byNumber.forEach((n, s) -> parts.put(n, s.data()));
        return parts;
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static String printed(List<String> fingerprints) {
        return fingerprints.stream().map(ReadableBase32::grouped).collect(Collectors.joining(", "));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
