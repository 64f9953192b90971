package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.application.audit.Actor;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.search.SearchQuery;
import org.redress.store.crypto.Argon2id;
import org.redress.store.crypto.CaseKeys;
import org.redress.store.crypto.Passphrases;

/**
 * {@code redress encrypt} stopped at every step it names (as a crash would stop it: nothing after that point runs)
 * and run again: the case always ends encrypted, holding everything it held, and before the copy was complete it
 * still opened as the plain case it was.
 */
class CaseEncryptionTest {
    static final List<String> STEPS = List.of(
            "key",
            "database",
            "first original",
            "originals",
            "index",
            "audit",
            "manifests",
            "ready",
            "aside case.db",
            "in case.db",
            "aside originals",
            "in originals",
            "aside index",
            "in index",
            "aside audit",
            "in audit",
            "aside manifests",
            "in manifests",
            "key in place",
            "plain parts removed");

    @TempDir
    static Path shared;

    static Path plainCase;
    static Expected expected;

    /** What the plain case holds, as its ports answer. */
    record Expected(List<String> documents, List<String> pages, List<String> people, long hits, int auditEntries) {
        static Expected of(CaseServices c) {
            return new Expected(
                    c.documents().documents().stream()
                            .map(d -> d.id() + " " + d.title())
                            .toList(),
                    c.documents().documents().stream()
                            .flatMap(d -> c.documents().pages(d.id()).stream())
                            .map(p -> p.text())
                            .toList(),
                    c.caseModel().store().people().stream()
                            .map(CasePerson::name)
                            .toList(),
                    c.index().search(SearchQuery.of("Quetzalcanary", 10)).total(),
                    c.audit().entries(null, null, ZoneOffset.UTC).size());
        }
    }

    @BeforeAll
    static void aPlainCase() throws Exception {
        CaseKeyring.usePassphrases(new Passphrases(Map.of("REDRESS_PASSPHRASE", "a long enough passphrase"), null));
        CaseKeyring.useCosts(() -> Argon2id.withNewSalt(Argon2id.MINIMUM_MEMORY_KIB, 1, 1, new SecureRandom()));
        plainCase = shared.resolve("plain");
        Path in = Files.createDirectories(shared.resolve("in"));
        for (int i = 0; i < 4; i++)
            Files.writeString(in.resolve("memo-" + i + ".txt"), "Memo " + i + ": Itzel Quetzalcanary was seen.");
        try (CaseServices c = CaseServices.init(plainCase)) {
            c.ingester(IngestSettings.defaults()).run(List.of(in), "First", null);
            c.caseModel()
                    .store()
                    .savePerson(new CasePerson("Itzel Quetzalcanary", List.of(), Role.SUBJECT, null, false, "notes"));
            c.audit().record(Actor.commandLine(), AuditNote.of(AuditAction.SEARCH, "Quetzalcanary"));
        }
        try (CaseServices c = CaseServices.open(plainCase)) {
            expected = Expected.of(c);
        }
        assertThat(expected.documents()).hasSize(4);
        assertThat(expected.hits()).isEqualTo(4);
    }

    @AfterAll
    static void ordinaryPassphrases() {
        CaseKeyring.forgetAll();
        CaseKeyring.useOrdinarySources();
    }

    @Test
    void stoppedAtAnyStepAndRunAgainTheCaseIsEncryptedAndWhole() throws Exception {
        for (String step : STEPS) {
            Path dir = copyOf(plainCase, shared.resolve("at-" + step.replace(' ', '-')));
            CaseKeyring.forgetAll();
            assertThatThrownBy(() -> CaseEncryption.encrypt(dir, reached -> {
                        if (reached.equals(step)) throw new Crash(step);
                    }))
                    .as(step)
                    .isInstanceOf(Crash.class);
            CaseKeyring.forgetAll();
            if (STEPS.indexOf(step) < STEPS.indexOf("ready")) {
                try (CaseServices c = CaseServices.open(dir)) { // untouched: still the plain case
                    assertThat(c.folder().encrypted()).as(step).isFalse();
                    assertThat(Expected.of(c)).as(step).isEqualTo(expected);
                }
            } else if (STEPS.indexOf(step) < STEPS.indexOf("plain parts removed")) {
                assertThatThrownBy(() -> CaseServices.open(dir).close())
                        .as(step)
                        .hasMessageContaining("redress encrypt --case");
            }
            CaseEncryption.encrypt(dir);
            CaseKeyring.forgetAll();
            assertEncryptedAndWhole(dir, step);
        }
    }

    @Test
    void anEncryptedCaseIsNotEncryptedTwice() throws Exception {
        Path dir = copyOf(plainCase, shared.resolve("twice"));
        CaseEncryption.encrypt(dir);
        assertThatThrownBy(() -> CaseEncryption.encrypt(dir)).hasMessageContaining("already encrypted");
    }

    private static void assertEncryptedAndWhole(Path dir, String step) throws IOException {
        assertThat(CaseKeys.isEncrypted(dir)).as(step).isTrue();
        assertThat(dir.resolve(CaseInterruption.WORK)).as(step).doesNotExist();
        assertThat(dir.resolve(CaseEncryption.OLD)).as(step).doesNotExist();
        assertThat(dir.resolve("keys/audit.key")).as(step).doesNotExist();
        try (CaseServices c = CaseServices.open(dir)) {
            assertThat(c.folder().encrypted()).isTrue();
            Expected now = Expected.of(c);
            assertThat(now).as(step).isEqualTo(expected);
            assertThat(c.audit().verify().isIntact()).as(step).isTrue();
            assertThat(c.custodyCheck().run().intact()).as(step).isTrue();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList())
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(step + ": " + p)
                        .doesNotContainIgnoringCase("Quetzalcanary");
        }
    }

    static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash(String step) {
            super("stopped at " + step);
        }
    }
}
