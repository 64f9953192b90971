package org.redress.store.crypto;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Crockford's base 32, for text a person copies by hand: digits and capitals without I, L, O and U, read back
 * case-insensitively with I and L taken as 1 and O as 0, ignoring spaces and hyphens. Groups of four for the eye.
 */
final class ReadableBase32 {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private ReadableBase32() {}

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        return out.toString();
    }

    /** The bytes, or empty when a character is not one of base 32 (a U, a punctuation mark). */
    static Optional<byte[]> decode(String text, int byteCount) {
        String s = normalize(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            int value = ALPHABET.indexOf(s.charAt(i));
            if (value < 0) return Optional.empty();
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        byte[] bytes = out.toByteArray();
        return bytes.length == byteCount ? Optional.of(bytes) : Optional.empty();
    }

    /** Upper case, no spaces or hyphens, and the look-alikes a person may have written in their place. */
    static String normalize(String text) {
        return text.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-–—]", "")
                .replace('I', '1')
                .replace('L', '1')
                .replace('O', '0');
    }

    /** "ABCDEFGH" as "ABCD-EFGH". */
    static String grouped(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i += 4) {
            if (i > 0) out.append('-');
            out.append(s, i, Math.min(s.length(), i + 4));
        }
        return out.toString();
    }
}
