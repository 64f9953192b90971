package org.redress.store.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106, version 0x13) with its cost parameters and salt: turns a passphrase into a 256-bit
 * key-encryption key. Bouncy Castle's implementation, pure Java, so nothing native is needed.
 *
 * @param memoryKiB memory cost in KiB; never below {@link #MINIMUM_MEMORY_KIB}
 * @param iterations passes over the memory
 * @param parallelism lanes
 * @param salt random, new for every wrap: 16 bytes made here, 8 the least Argon2 allows
 */
// the salt array is copied in and out, and equals/hashCode compare its content
@SuppressWarnings("ArrayRecordComponent")
public record Argon2id(int memoryKiB, int iterations, int parallelism, byte[] salt) {
    /** 64 MiB: RFC 9106's second recommended setting, and the least this project accepts. */
    public static final int MINIMUM_MEMORY_KIB = 64 * 1024;

    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;

    public Argon2id {
        if (memoryKiB < MINIMUM_MEMORY_KIB)
            throw new IllegalArgumentException("Argon2id memory below 64 MiB: " + memoryKiB + " KiB");
        if (iterations < 1 || iterations > 1000)
            throw new IllegalArgumentException("Argon2id iterations: " + iterations);
        if (parallelism < 1 || parallelism > 16)
            throw new IllegalArgumentException("Argon2id parallelism: " + parallelism);
        if (salt.length < 8) throw new IllegalArgumentException("Argon2id salt shorter than 8 bytes");
        salt = salt.clone();
    }

    /** The same costs with a fresh random salt: every wrap of the data key gets its own. */
    public static Argon2id withNewSalt(int memoryKiB, int iterations, int parallelism, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Argon2id(memoryKiB, iterations, parallelism, salt);
    }

    public Argon2id withNewSalt(SecureRandom random) {
        return withNewSalt(memoryKiB, iterations, parallelism, random);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** The key-encryption key for these passphrase bytes (the caller wipes both arrays when done). */
    byte[] derive(byte[] passphrase) {
        return derive(passphrase, KEY_BYTES);
    }

    byte[] derive(byte[] passphrase, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] key = new byte[length];
        generator.generateBytes(passphrase, key);
        return key;
    }

    /** What the wrap authenticates besides the key: changing a cost or the salt in the file makes unwrapping fail. */
    String canonical() {
        return "argon2id v=19 m=" + memoryKiB + " t=" + iterations + " p=" + parallelism + " salt="
                + java.util.Base64.getEncoder().encodeToString(salt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Argon2id a
                && a.memoryKiB == memoryKiB
                && a.iterations == iterations
                && a.parallelism == parallelism
                && Arrays.equals(a.salt, salt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * memoryKiB + iterations) + parallelism) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "Argon2id[m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
    }
}
