package org.redress.store.crypto;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.redress.core.port.OneTimeCodes;

/**
 * TOTP (RFC 6238) as every authenticator app reads it: HMAC-SHA1, six digits, 30-second steps, a 160-bit secret in
 * base 32. A code of the step before or after now is accepted too, for a phone's clock a little off.
 */
public final class TimeBasedCodes implements OneTimeCodes {
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    @Override
    public OptionalLong accept(String secret, String code, Instant now) {
        if (secret == null || code == null) return OptionalLong.empty();
        String typed = code.replace(" ", "").strip();
        if (!typed.matches("\\d{" + DIGITS + "}")) return OptionalLong.empty();
        SecretKeySpec key = key(secret);
        long step = now.getEpochSecond() / STEP.toSeconds();
        long found = -1;
        // Every candidate is computed and compared, so the time taken does not say which one matched.
        for (long s = step - 1; s <= step + 1; s++) {
            if (MessageDigest.isEqual(bytes(code(key, s)), bytes(typed)) && found < 0) found = s;
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** The code of a time step, as the app shows it (zero-padded). */
    String code(SecretKeySpec key, long step) {
        try {
            int value = generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
        }
    }

    /** The code of {@code secret} at {@code at}: what the user's app would show then (for tests and checks). */
    public String codeAt(String secret, Instant at) {
        return code(key(secret), at.getEpochSecond() / STEP.toSeconds());
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret.toUpperCase(Locale.ROOT)), "HmacSHA1");
    }

    @Override
    public String uri(String issuer, String account, String secret) {
        return "otpauth://totp/" + enc(issuer) + ":" + enc(account) + "?secret=" + secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
