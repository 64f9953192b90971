package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeBasedCodesTest {
    /** RFC 6238's SHA-1 secret, the ASCII "12345678901234567890", in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TimeBasedCodes codes = new TimeBasedCodes();

    @Test
    void theCodesAreRfc6238sTestVectorsCutToSixDigits() {
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void aCodeIsGoodInItsStepAndOneStepEitherSideAndNoFurther() {
        Instant at = Instant.ofEpochSecond(1111111109); // step 37037036
        String code = codes.codeAt(RFC_SECRET, at);
        assertThat(codes.accept(RFC_SECRET, code, at)).isEqualTo(OptionalLong.of(37037036));
        assertThat(codes.accept(RFC_SECRET, code, at.plusSeconds(30))).isEqualTo(OptionalLong.of(37037036));
        assertThat(codes.accept(RFC_SECRET, code, at.minusSeconds(30))).isEqualTo(OptionalLong.of(37037036));
        assertThat(codes.accept(RFC_SECRET, code, at.plusSeconds(61))).isEmpty();
        assertThat(codes.accept(RFC_SECRET, code, at.minusSeconds(60))).isEmpty();
    }

    @Test
    void aWrongOrMalformedCodeIsRefused() {
        Instant at = Instant.ofEpochSecond(59);
        assertThat(codes.accept(RFC_SECRET, "287083", at)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, "28708", at)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, "abcdef", at)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, null, at)).isEmpty();
        assertThat(codes.accept(null, "287082", at)).isEmpty();
        assertThat(codes.accept(RFC_SECRET, "287 082", at)).isPresent();
    }

    @Test
    void aNewSecretIs160BitsInBase32AndItsUriIsWhatAuthenticatorAppsRead() {
        String secret = codes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
        assertThat(codes.uri("Redress team", "ana.diaz", secret))
                .isEqualTo("otpauth://totp/Redress%20team:ana.diaz?secret=" + secret
                        + "&issuer=Redress%20team&algorithm=SHA1&digits=6&period=30");
    }
}
