package org.redress.store.crypto;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Chooses Argon2id's costs for this machine: 64 MiB, one lane, and as many passes as fit in the target time (at
 * least three, RFC 9106's setting for 64 MiB). Measured when a case is made or its passphrase changed, so a faster
 * machine gets a dearer key for an attacker, and the costs are stored beside the salt.
 */
public final class Argon2Tuning {
    static final int MINIMUM_ITERATIONS = 3;
    static final int MAXIMUM_ITERATIONS = 64;

    private Argon2Tuning() {}

    /** Costs that take about {@code target} here, with a fresh salt. */
    public static Argon2id forAbout(Duration target, SecureRandom random) {
        long perPass = timeOfOnePass(random);
        long passes = Math.round((double) target.toNanos() / perPass);
        int iterations = (int) Math.max(MINIMUM_ITERATIONS, Math.min(MAXIMUM_ITERATIONS, passes));
        return Argon2id.withNewSalt(Argon2id.MINIMUM_MEMORY_KIB, iterations, 1, random);
    }

    /** Nanoseconds for one pass over 64 MiB, the second of two runs (the first pays for the JIT warming up). */
    static long timeOfOnePass(SecureRandom random) {
        Argon2id probe = Argon2id.withNewSalt(Argon2id.MINIMUM_MEMORY_KIB, 1, 1, random);
        byte[] passphrase = new byte[16];
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            java.util.Arrays.fill(probe.derive(passphrase), (byte) 0);
            best = Math.min(best, System.nanoTime() - start);
        }
        return Math.max(1, best);
    }
}
