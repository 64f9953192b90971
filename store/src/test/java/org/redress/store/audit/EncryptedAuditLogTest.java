package org.redress.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;
import org.redress.store.crypto.CaseKey;

/** The audit log of an encrypted case: its fields sealed, its chain and seal checked as in a plain case. */
class EncryptedAuditLogTest {
    @TempDir
    Path caseDir;

    private final CaseKey key = CaseKey.generate(new SecureRandom());

    private FileAuditLog fiveSearches() {
        FileAuditLog log = FileAuditLog.of(caseDir, key);
        log.startNew(); // as init --encrypt does
        for (int i = 1; i <= 5; i++)
            log.record(new AuditEntry(
                    Instant.parse("2024-05-01T10:00:00Z"),
                    "anaximandro",
                    "cli",
                    "search",
                    "",
                    "Xochiquetzal query " + i));
        return log;
    }

    @Test
    void entriesReadBackWithTheKeyAndTheFilesHoldNoneOfThem() throws IOException {
        FileAuditLog log = fiveSearches();
        assertThat(log.verify()).isEqualTo(AuditCheck.intact(5));
        assertThat(log.entries())
                .extracting(e -> e.entry().detail())
                .containsExactly(
                        "Xochiquetzal query 1",
                        "Xochiquetzal query 2",
                        "Xochiquetzal query 3",
                        "Xochiquetzal query 4",
                        "Xochiquetzal query 5");
        assertThat(log.entries()).extracting(RecordedEntry::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        for (Path f : List.of(caseDir.resolve("audit/entries.log"), caseDir.resolve("audit/head"))) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            assertThat(text)
                    .doesNotContain("xochiquetzal")
                    .doesNotContain("anaximandro") // a longer name: three letters turn up in random base64 by chance
                    .doesNotContain("search");
        }
        assertThat(caseDir.resolve("keys/audit.key")).doesNotExist();
    }

    @Test
    void aSealedFieldMovedToAnotherEntryIsNamedEvenWithItsHashRecomputed() throws IOException {
        fiveSearches();
        Path file = caseDir.resolve("audit/entries.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String[] second = lines.get(1).split("\t", -1);
        String[] third = lines.get(2).split("\t", -1);
        second[6] = third[6]; // entry 3's sealed detail in entry 2
        String body = String.join("\t", java.util.Arrays.copyOf(second, 8));
        lines.set(1, body + "\t" + AuditLine.hashOf(body));
        Files.write(file, lines, StandardCharsets.UTF_8);
        AuditCheck check = FileAuditLog.of(caseDir, key).verify();
        assertThat(check.isIntact()).isFalse();
        assertThat(check.problem()).contains("entry 2 was altered");
    }

    @Test
    void theLogOfAnotherKeyDoesNotVerify() {
        fiveSearches();
        AuditCheck check =
                FileAuditLog.of(caseDir, CaseKey.generate(new SecureRandom())).verify();
        assertThat(check.isIntact()).isFalse();
    }
}
