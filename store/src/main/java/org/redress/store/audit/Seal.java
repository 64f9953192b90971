package org.redress.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed head of the chain: the last entry's number and hash, and an HMAC-SHA256 of both under the case's audit
 * key. Without the key no one can seal a shortened or rewritten chain.
 */
record Seal(long number, String hash, String mac) {
    static Seal of(long number, String hash, byte[] key) {
        return new Seal(number, hash, macOf(number, hash, key));
    }

    boolean holds(byte[] key) {
        return MessageDigest.isEqual(
                mac.getBytes(StandardCharsets.US_ASCII),
                macOf(number, hash, key).getBytes(StandardCharsets.US_ASCII));
    }

    String text() {
        return number + "\t" + hash + "\t" + mac + "\n";
    }

    static Optional<Seal> parse(String text) {
        String[] f = text.strip().split("\t", -1);
        if (f.length != 3) return Optional.empty();
        try {
            return Optional.of(new Seal(Long.parseLong(f[0]), f[1], f[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String macOf(long number, String hash, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] out = mac.doFinal(("redress audit head\n" + number + "\n" + hash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        }
    }
}
