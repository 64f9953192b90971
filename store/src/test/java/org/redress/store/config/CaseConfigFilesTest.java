package org.redress.store.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.DamagedValueException;

class CaseConfigFilesTest {
    @TempDir
    Path root;

    private final CaseKey key = CaseKey.generate(new SecureRandom());

    @Test
    void aPlainCaseReadsAndWritesPlainFiles() throws Exception {
        CaseConfigFiles plain = CaseConfigFiles.of(root, null);
        plain.write("kinds.txt", "protected.vigil\n");
        plain.write("claims/mine.json", "{}");
        assertThat(Files.readString(root.resolve("kinds.txt"))).isEqualTo("protected.vigil\n");
        assertThat(plain.names()).containsExactly("claims/mine.json", "kinds.txt");
        assertThat(plain.folder("claims")).containsEntry("claims/mine.json", "{}");
    }

    @Test
    void anEncryptedCaseSealsEachFileBoundToItsName() throws Exception {
        CaseConfigFiles sealed = CaseConfigFiles.of(root, key);
        sealed.write("diminutives.txt", "Balcázar: Balca\n");
        sealed.write("lexicon.txt", "profiling: other\n");
        assertThat(root.resolve("diminutives.txt")).doesNotExist();
        byte[] stored = Files.readAllBytes(root.resolve("diminutives.txt.sealed"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Balc");
        assertThat(sealed.read("diminutives.txt")).contains("Balcázar: Balca\n");
        assertThat(sealed.names()).containsExactly("diminutives.txt", "lexicon.txt");
        // moved under another name, it does not open
        Files.copy(
                root.resolve("diminutives.txt.sealed"),
                root.resolve("lexicon.txt.sealed"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> sealed.read("lexicon.txt")).isInstanceOf(DamagedValueException.class);
        assertThatThrownBy(() -> CaseConfigFiles.of(root, CaseKey.generate(new SecureRandom()))
                        .read("diminutives.txt"))
                .isInstanceOf(DamagedValueException.class);
    }

    @Test
    void plainFilesLeftInAnEncryptedCaseAreSealedAndRemoved() throws Exception {
        Files.writeString(root.resolve("organisations.txt"), "dmv.example.gov = DMV\n");
        Files.createDirectories(root.resolve("laws"));
        Files.writeString(root.resolve("laws/us-xx.json"), "{}");
        CaseConfigFiles sealed = CaseConfigFiles.of(root, key);
        assertThat(sealed.sealPlainFiles()).containsExactly("laws/us-xx.json", "organisations.txt");
        assertThat(root.resolve("organisations.txt")).doesNotExist();
        assertThat(root.resolve("laws/us-xx.json")).doesNotExist();
        assertThat(sealed.read("organisations.txt")).contains("dmv.example.gov = DMV\n");
        assertThat(sealed.sealPlainFiles()).isEmpty();
    }

    @Test
    void namesOutsideTheListAreRefused() {
        for (String bad : new String[] {
            "../kinds.txt",
            "claims/../kinds.txt",
            "claims/x.txt",
            "laws/..json",
            "case.db",
            "claims/a/b.json",
            "/etc/passwd",
            "letters/us-vt.txt.sealed",
            "claims/.hidden.json",
            ""
        }) assertThatThrownBy(() -> CaseConfigFiles.requireName(bad)).as(bad).isInstanceOf(UserMistake.class);
        assertThat(CaseConfigFiles.requireName("letters/us-vt.txt")).isEqualTo("letters/us-vt.txt");
    }
}
