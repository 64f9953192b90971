package org.redress.store.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.core.port.PasswordHasher;

/**
 * The passwords of a team server's users, hashed with Argon2id (Bouncy Castle, as the case keys are) at 64 MiB and
 * three passes, kept as a PHC string ({@code $argon2id$v=19$m=65536,t=3,p=1$salt$hash}) so that a later change of
 * costs still reads the older hashes. The comparison takes the same time wherever the hashes differ.
 */
public final class Argon2idPasswords implements PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    /** A stored hash asking for more than this (1 GiB) is refused rather than computed: a tampered row. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;

    private final int memoryKiB;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** RFC 9106's second recommended setting: 64 MiB, t=3, one lane. */
    public Argon2idPasswords() {
        this(Argon2id.MINIMUM_MEMORY_KIB, 3);
    }

    Argon2idPasswords(int memoryKiB, int iterations) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
    }

    @Override
    public String hash(char[] password) {
        Argon2id costs = Argon2id.withNewSalt(memoryKiB, iterations, 1, random);
        byte[] hash = derive(costs, password);
        try {
            return "$argon2id$v=19$m=" + costs.memoryKiB() + ",t=" + costs.iterations() + ",p=" + costs.parallelism()
                    + "$" + B64.encodeToString(costs.salt()) + "$" + B64.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    @Override
    public boolean verify(String stored, char[] password) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) return false;
        int memory = Integer.parseInt(m.group(1));
        if (memory > MAX_MEMORY_KIB) return false;
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        Argon2id costs;
        try {
            costs = new Argon2id(
                    memory,
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Base64.getDecoder().decode(m.group(4)));
        } catch (IllegalArgumentException e) {
            return false; // costs below this project's least, or a short salt
        }
        byte[] actual = derive(costs, password, expected.length);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(Argon2id costs, char[] password) {
        return derive(costs, password, Argon2id.KEY_BYTES);
    }

    private static byte[] derive(Argon2id costs, char[] password, int length) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            return costs.derive(bytes, length);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
