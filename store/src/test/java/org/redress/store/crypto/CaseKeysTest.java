package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;

class CaseKeysTest {
    /** The least costs allowed, so each test pays one pass over 64 MiB per derivation. */
    static Argon2id cheapest(SecureRandom random) {
        return Argon2id.withNewSalt(Argon2id.MINIMUM_MEMORY_KIB, 1, 1, random);
    }

    @TempDir
    Path caseRoot;

    private final SecureRandom random = new SecureRandom();
    private final CaseKeys keys = new CaseKeys(random);

    private static char[] pass(String s) {
        return s.toCharArray();
    }

    @Test
    void theRightPassphraseOpensTheSameDataKey() throws IOException {
        byte[] original;
        try (CaseKey key = keys.create(caseRoot, pass("correct horse battery"), cheapest(random))) {
            original = key.subkey(KeyUse.INDEX);
        }
        assertThat(CaseKeys.isEncrypted(caseRoot)).isTrue();
        try (CaseKey reopened = keys.unlock(caseRoot, pass("correct horse battery"))) {
            assertThat(reopened.subkey(KeyUse.INDEX)).isEqualTo(original);
        }
    }

    @Test
    void aWrongPassphraseIsAUserMistakeAndChangesNothing() throws IOException {
        keys.create(caseRoot, pass("correct horse battery"), cheapest(random)).close();
        byte[] before = Files.readAllBytes(CaseKeyFile.of(caseRoot));
        assertThatThrownBy(() -> keys.unlock(caseRoot, pass("correct horse batterY")))
                .isInstanceOf(UserMistake.class)
                .hasMessage("This case is encrypted and the passphrase is wrong")
                .hasNoCause();
        assertThatThrownBy(() -> keys.changePassphrase(
                        caseRoot, pass("wrong"), pass("another long passphrase"), cheapest(random)))
                .isInstanceOf(UserMistake.class)
                .hasMessage(CaseKeys.WRONG_PASSPHRASE);
        assertThat(Files.readAllBytes(CaseKeyFile.of(caseRoot))).isEqualTo(before);
    }

    @Test
    void changingThePassphraseKeepsTheDataKeyAndRetiresTheOldOne() throws IOException {
        byte[] original;
        try (CaseKey key = keys.create(caseRoot, pass("first passphrase here"), cheapest(random))) {
            original = key.subkey(KeyUse.ORIGINALS);
        }
        String saltBefore = saltOf(Files.readString(CaseKeyFile.of(caseRoot)));
        keys.changePassphrase(
                caseRoot, pass("first passphrase here"), pass("second passphrase here"), cheapest(random));
        assertThat(saltOf(Files.readString(CaseKeyFile.of(caseRoot)))).isNotEqualTo(saltBefore);
        assertThatThrownBy(() -> keys.unlock(caseRoot, pass("first passphrase here")))
                .hasMessage(CaseKeys.WRONG_PASSPHRASE);
        try (CaseKey key = keys.unlock(caseRoot, pass("second passphrase here"))) {
            assertThat(key.subkey(KeyUse.ORIGINALS)).isEqualTo(original);
        }
        try (var files = Files.list(caseRoot.resolve("keys"))) {
            assertThat(files).containsExactly(CaseKeyFile.of(caseRoot)); // no temporary file left behind
        }
    }

    @Test
    void theKeyFileHoldsNoSecretAndItsCostsAreAuthenticated() throws IOException {
        byte[] indexKey;
        byte[] dataKey;
        try (CaseKey key = keys.create(caseRoot, pass("a canary passphrase"), cheapest(random))) {
            indexKey = key.subkey(KeyUse.INDEX);
            dataKey = key.dataKeyForWrapping();
        }
        String json = Files.readString(CaseKeyFile.of(caseRoot));
        assertThat(json).contains("\"memoryKiB\" : 65536", "\"algorithm\" : \"argon2id\"");
        assertThat(json).doesNotContain("canary");
        for (byte[] secret : new byte[][] {indexKey, dataKey}) {
            assertThat(json)
                    .doesNotContain(HexFormat.of().formatHex(secret))
                    .doesNotContain(Base64.getEncoder().encodeToString(secret));
        }
        // Raising the recorded cost (a file edited by someone) makes the wrap fail rather than derive another key.
        Files.writeString(CaseKeyFile.of(caseRoot), json.replace("\"iterations\" : 1", "\"iterations\" : 2"));
        assertThatThrownBy(() -> keys.unlock(caseRoot, pass("a canary passphrase")))
                .hasMessage(CaseKeys.WRONG_PASSPHRASE);
    }

    @Test
    void aDamagedKeyFileIsReportedAsSuch() throws IOException {
        keys.create(caseRoot, pass("correct horse battery"), cheapest(random)).close();
        Files.writeString(CaseKeyFile.of(caseRoot), "{\"format\": \"something else\"");
        assertThatThrownBy(() -> keys.unlock(caseRoot, pass("correct horse battery")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aCaseGetsOneKeyOnly() throws IOException {
        keys.create(caseRoot, pass("correct horse battery"), cheapest(random)).close();
        assertThatThrownBy(() -> keys.create(caseRoot, pass("correct horse battery"), cheapest(random)))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("already has a key");
    }

    @Test
    void composedAndDecomposedAccentsAreTheSamePassphrase() throws IOException {
        keys.create(caseRoot, pass("contrase\u00f1a de la organizaci\u00f3n"), cheapest(random))
                .close();
        keys.unlock(caseRoot, pass("contrasen\u0303a de la organizacio\u0301n")).close();
        assertThat(CaseKeys.passphraseBytes(pass("\u00f1"))).isEqualTo("\u00f1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyUseHasItsOwnSubkeyAndAClosedKeyGivesNone() {
        CaseKey key = CaseKey.generate(random);
        Set<String> subkeys = new HashSet<>();
        for (KeyUse use : EnumSet.allOf(KeyUse.class)) {
            byte[] subkey = key.subkey(use);
            assertThat(subkey).hasSize(32).isEqualTo(key.subkey(use));
            subkeys.add(HexFormat.of().formatHex(subkey));
        }
        assertThat(subkeys).hasSize(KeyUse.values().length);
        assertThat(subkeys).doesNotContain(HexFormat.of().formatHex(key.dataKeyForWrapping()));
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(key.dataKeyForWrapping()));
        key.close();
        assertThatThrownBy(() -> key.subkey(KeyUse.AUDIT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void subkeysFollowRfc5869() {
        // RFC 5869 has no vector without salt and with a 32-byte key, so check HKDF against HMAC done by hand:
        // PRK = HMAC(zeros, IKM); T(1) = HMAC(PRK, info || 0x01).
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        CaseKey key = new CaseKey(dataKey.clone());
        byte[] prk = hmac(new byte[32], dataKey);
        byte[] info = KeyUse.DATABASE_COLUMNS.hkdfInfo();
        byte[] message = java.util.Arrays.copyOf(info, info.length + 1);
        message[info.length] = 1;
        assertThat(key.subkey(KeyUse.DATABASE_COLUMNS)).isEqualTo(hmac(prk, message));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String saltOf(String json) {
        int at = json.indexOf("\"salt\"");
        return json.substring(at, json.indexOf('\n', at));
    }
}
