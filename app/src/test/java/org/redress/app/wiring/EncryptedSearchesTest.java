package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.export.SearchOriginalsZip;
import org.redress.core.search.SearchQuery;
import org.redress.store.crypto.Argon2id;
import org.redress.store.crypto.Passphrases;

/** In an encrypted case saved searches are sealed, and the originals' zip holds the plain bytes of the originals. */
class EncryptedSearchesTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void passphrase() {
        CaseKeyring.usePassphrases(new Passphrases(Map.of("REDRESS_PASSPHRASE", "a long enough passphrase"), null));
        CaseKeyring.useCosts(() -> Argon2id.withNewSalt(Argon2id.MINIMUM_MEMORY_KIB, 1, 1, new SecureRandom()));
    }

    @AfterEach
    void ordinary() {
        CaseKeyring.forgetAll();
        CaseKeyring.useOrdinarySources();
    }

    @Test
    void savedSearchesAndTheOriginalsZipWorkInAnEncryptedCase() throws Exception {
        Path caseDir = tmp.resolve("case");
        Path first = Files.createDirectories(tmp.resolve("in-1"));
        Files.writeString(first.resolve("memo.txt"), "Itzel Quetzalcanary was seen at the vigil.\n");
        Path second = Files.createDirectories(tmp.resolve("in-2"));
        Files.writeString(second.resolve("report.txt"), "Quetzalcanary again, near the van.\n");
        try (CaseServices c = CaseServices.init(caseDir, true)) {
            c.ingester(IngestSettings.defaults()).run(List.of(first), "First", null);
            c.savedSearches().save("Quetzalcanary sightings", "Quetzalcanary", Map.of());
            c.ingester(IngestSettings.defaults()).run(List.of(second), "Second", null);
        }
        assertThat(Files.readAllBytes(caseDir.resolve("case.db")))
                .asString(StandardCharsets.ISO_8859_1)
                .doesNotContain("Quetzalcanary sightings");
        try (CaseServices c = CaseServices.open(caseDir)) {
            var listed = c.savedSearches().list();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).search().name()).isEqualTo("Quetzalcanary sightings");
            assertThat(listed.get(0).newHits()).isEqualTo(1);

            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            int n = SearchOriginalsZip.write(
                    c.index(), c.documents(), c.blobs(), SearchQuery.of("Quetzalcanary", 1), zip);
            assertThat(n).isEqualTo(2);
            Map<String, String> entries = new HashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry())
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(entries)
                    .containsEntry("memo.txt", "Itzel Quetzalcanary was seen at the vigil.\n")
                    .containsEntry("report.txt", "Quetzalcanary again, near the van.\n");
        }
    }
}
