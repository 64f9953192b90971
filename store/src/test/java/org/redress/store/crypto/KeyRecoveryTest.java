package org.redress.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;

/** Shamir shares of the data key, as text, back into a key under a new passphrase; every wrong way refused. */
class KeyRecoveryTest {
    @TempDir
    Path tmp;

    private final SecureRandom random = new SecureRandom();
    private final CaseKeys keys = new CaseKeys(random);
    private final KeyRecovery recovery = new KeyRecovery(keys, random, Clock.systemUTC());

    private Path newCase(String name, String passphrase) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(name));
        keys.create(root, passphrase.toCharArray(), CaseKeysTest.cheapest(random))
                .close();
        return root;
    }

    private static byte[] indexKey(CaseKeys keys, Path root, String passphrase) throws IOException {
        try (CaseKey key = keys.unlock(root, passphrase.toCharArray())) {
            return key.subkey(KeyUse.INDEX);
        }
    }

    private static List<RecoveryShare> asText(List<RecoveryShare> shares) {
        StringBuilder text = new StringBuilder();
        for (RecoveryShare s : shares) text.append(s.text("case", "today")).append('\n');
        return RecoveryShareReader.parse(text.toString());
    }

    @Test
    void anyThresholdOfTheSharesPutTheSameKeyBackUnderANewPassphrase() throws IOException {
        Path root = newCase("a", "the lost passphrase");
        byte[] before = indexKey(keys, root, "the lost passphrase");
        List<RecoveryShare> shares = recovery.split(root, "the lost passphrase".toCharArray(), 5, 3);
        assertThat(shares).hasSize(5).extracting(RecoveryShare::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(asText(shares)).isEqualTo(shares);

        recovery.recover(
                root,
                asText(List.of(shares.get(4), shares.get(1), shares.get(2))),
                "a brand new passphrase".toCharArray(),
                CaseKeysTest.cheapest(random));
        assertThat(indexKey(keys, root, "a brand new passphrase")).isEqualTo(before);
        assertThatThrownBy(() -> keys.unlock(root, "the lost passphrase".toCharArray()))
                .hasMessage(CaseKeys.WRONG_PASSPHRASE);
        // The case keeps the fingerprint and the set, never a share.
        String record = Files.readString(root.resolve(RecoveryRecord.RELATIVE_PATH));
        assertThat(record)
                .contains(shares.get(0).fingerprint())
                .contains(shares.get(0).set());
        for (RecoveryShare s : shares) assertThat(record).doesNotContain(ReadableBase32.encode(s.data()));
    }

    @Test
    void tooFewMixedOrDamagedSharesAreRefusedAndNothingIsWritten() throws IOException {
        Path root = newCase("a", "the first passphrase");
        Path other = newCase("b", "the other passphrase");
        List<RecoveryShare> shares = recovery.split(root, "the first passphrase".toCharArray(), 4, 3);
        List<RecoveryShare> laterSet = recovery.split(root, "the first passphrase".toCharArray(), 4, 3);
        List<RecoveryShare> otherCase = recovery.split(other, "the other passphrase".toCharArray(), 3, 2);
        byte[] keyFile = Files.readAllBytes(CaseKeyFile.of(root));
        char[] fresh = "a brand new passphrase".toCharArray();
        Argon2id costs = CaseKeysTest.cheapest(random);

        assertThatThrownBy(() -> recovery.recover(root, shares.subList(0, 2), fresh, costs))
                .isInstanceOf(UserMistake.class)
                .hasMessage("2 different shares given, and this set needs 3; nothing was changed");
        assertThatThrownBy(() ->
                        recovery.recover(root, List.of(shares.get(0), shares.get(0), shares.get(1)), fresh, costs))
                .hasMessageContaining("needs 3");
        assertThatThrownBy(() -> recovery.recover(root, otherCase, fresh, costs))
                .hasMessageContaining("These shares are of another case (fingerprint "
                        + otherCase.get(0).printedFingerprint());
        List<RecoveryShare> mixedCases = new ArrayList<>(shares.subList(0, 2));
        mixedCases.add(otherCase.get(0));
        assertThatThrownBy(() -> recovery.recover(root, mixedCases, fresh, costs))
                .hasMessageContaining("2 different cases");
        List<RecoveryShare> mixedSets = List.of(shares.get(0), shares.get(1), laterSet.get(2));
        assertThatThrownBy(() -> recovery.recover(root, mixedSets, fresh, costs))
                .hasMessageContaining("2 different sets");
        // A share altered with a check made to fit still cannot pass as this case's key.
        byte[] data = shares.get(2).data();
        data[0] ^= 1;
        RecoveryShare forged =
                new RecoveryShare(shares.get(2).fingerprint(), shares.get(2).set(), 3, 4, 3, data);
        assertThatThrownBy(() -> recovery.recover(root, List.of(shares.get(0), shares.get(1), forged), fresh, costs))
                .hasMessageContaining("do not give back the case's key");
        assertThat(Files.readAllBytes(CaseKeyFile.of(root))).isEqualTo(keyFile);
        assertThat(indexKey(keys, root, "the first passphrase")).hasSize(32);
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheckButHumanSlipsAreForgiven() throws IOException {
        Path root = newCase("a", "the first passphrase");
        RecoveryShare share =
                recovery.split(root, "the first passphrase".toCharArray(), 3, 2).get(1);
        String text = share.text("case", "today");
        String keyLine =
                text.lines().filter(l -> l.startsWith("Key:")).findFirst().orElseThrow();
        char c = keyLine.charAt(10);
        String mistyped =
                text.replace(keyLine, keyLine.substring(0, 10) + (c == 'A' ? 'B' : 'A') + keyLine.substring(11));
        assertThatThrownBy(() -> RecoveryShareReader.parse(mistyped))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("the 1st share given")
                .hasMessageContaining("does not match its Check line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(keyLine.substring(8)));
        // Lower case, O for 0, no BEGIN/END lines, field names in capitals: still the same share.
        String sloppy = text.lines()
                .filter(l -> !l.startsWith("-----"))
                .map(l -> l.startsWith("Key:")
                        ? "KEY: " + l.substring(8).toLowerCase().replace('0', 'o')
                        : l)
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(RecoveryShareReader.parse(sloppy)).containsExactly(share);
        String cut = text.lines().filter(l -> !l.startsWith("Needs")).reduce("", (a, b) -> a + b + "\n");
        assertThatThrownBy(() -> RecoveryShareReader.parse(cut)).hasMessageContaining("incomplete");
    }

    @Test
    void theCountsAreChecked() {
        assertThatThrownBy(() -> KeyRecovery.checkCounts(5, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> KeyRecovery.checkCounts(3, 4)).hasMessageContaining("cannot be more than --shares");
        assertThatThrownBy(() -> KeyRecovery.checkCounts(256, 3)).hasMessageContaining("at most 255");
        KeyRecovery.checkCounts(255, 255);
        KeyRecovery.checkCounts(2, 2);
    }
}
