package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordsTest {
    private final Argon2idPasswords passwords = new Argon2idPasswords();

    @Test
    void aHashIsAnArgon2idPhcStringAtSixtyFourMebibytesAndThreePasses() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=65536,t=3,p=1$").doesNotContain("correct");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        assertThat(passwords.verify(hash, "correct horse battery".toCharArray()))
                .isTrue();
        assertThat(passwords.verify(hash, "correct horse batterz".toCharArray()))
                .isFalse();
        assertThat(passwords.verify(hash, "".toCharArray())).isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltAndAccentsAreReadAsUtf8() {
        String a = passwords.hash("contraseña segura".toCharArray());
        String b = passwords.hash("contraseña segura".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(passwords.verify(b, "contraseña segura".toCharArray())).isTrue();
        assertThat(passwords.verify(b, "contrasena segura".toCharArray())).isFalse();
    }

    @Test
    void aDamagedOrForeignOrTooCheapHashNeverVerifies() {
        String hash = passwords.hash("correct horse battery".toCharArray());
        char[] right = "correct horse battery".toCharArray();
        String flipped = hash.substring(0, hash.length() - 2)
                + (hash.endsWith("A") ? "B" : "A")
                + hash.charAt(hash.length() - 1);
        assertThat(passwords.verify(flipped, right)).isFalse();
        assertThat(passwords.verify(hash.replace("$argon2id$", "$argon2i$"), right))
                .isFalse();
        assertThat(passwords.verify(hash.replace("m=65536", "m=1024"), right)).isFalse();
        assertThat(passwords.verify(hash.replace("m=65536", "m=9999999"), right))
                .isFalse();
        assertThat(passwords.verify("not a hash", right)).isFalse();
        assertThat(passwords.verify(null, right)).isFalse();
    }
}
