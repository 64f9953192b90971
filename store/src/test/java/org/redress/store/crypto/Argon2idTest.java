package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idTest {
    @Test
    void derivesTheReferenceImplementationsKnownAnswer() {
        // phc-winner-argon2 src/test.c: argon2id v=19 m=65536 t=2 p=1, "password", "somesalt"
        Argon2id argon2id = new Argon2id(65536, 2, 1, "somesalt".getBytes(StandardCharsets.US_ASCII));
        byte[] tag = argon2id.derive("password".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }

    @Test
    void refusesCostsBelowTheFloor() {
        byte[] salt = new byte[16];
        assertThatThrownBy(() -> new Argon2id(Argon2id.MINIMUM_MEMORY_KIB - 1, 3, 1, salt))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2id(Argon2id.MINIMUM_MEMORY_KIB, 0, 1, salt))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2id(Argon2id.MINIMUM_MEMORY_KIB, 3, 1, new byte[7]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tuningKeepsSixtyFourMebibytesAndAtLeastThreePasses() {
        SecureRandom random = new SecureRandom();
        long start = System.nanoTime();
        Argon2id tuned = Argon2Tuning.forAbout(Duration.ofSeconds(1), random);
        long tuningMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        tuned.derive(new byte[20]);
        long deriveMillis = (System.nanoTime() - start) / 1_000_000;
        // A measurement for the record, not an assertion on speed (speed targets live in bench/).
        System.out.printf(
                "Argon2id tuned here: %s, one derivation %d ms (tuning took %d ms)%n",
                tuned, deriveMillis, tuningMillis);
        assertThat(tuned.memoryKiB()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(tuned.iterations()).isBetween(Argon2Tuning.MINIMUM_ITERATIONS, Argon2Tuning.MAXIMUM_ITERATIONS);
        assertThat(tuned.salt()).hasSize(16);
        assertThat(tuned.withNewSalt(random).salt()).isNotEqualTo(tuned.salt());
    }
}
