package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.WitnessAttachment;
import org.redress.core.casemodel.WitnessReport;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.WitnessReportStore;

/** What every store of the witness form's reports must do, whatever its database. */
public abstract class WitnessReportStoreContract {
    @TempDir
    protected Path dir;

    protected WitnessReportStore store;

    protected abstract WitnessReportStore open(Path dir);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static final String PHOTO = Sha256.of("a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    protected static WitnessReport draft(String witness, Instant at) {
        return WitnessReport.draft(
                at,
                "es",
                new WitnessStatement(
                        witness,
                        "Dos agentes detuvieron a Enrique a la salida del trabajo",
                        "30/11/2026 17:05",
                        "Calle Main 12, Burlington",
                        "«Sabemos quién eres»",
                        "SUV blanca",
                        "ICE 4471"),
                "555-0100",
                "arrest",
                "Enrique Balcázar",
                "dos agentes de ICE",
                "VT ABC-123",
                "2026-11-30",
                "17:05",
                List.of(new WitnessAttachment(PHOTO, "foto 1.jpg", 7)));
    }

    @Test
    void aDraftIsKeptWordForWordWithItsAttachments() {
        WitnessReport saved = store.add(draft("Ana Ruiz", Instant.parse("2026-12-01T10:00:00Z")));
        assertThat(saved.id()).isPositive();
        WitnessReport back = store.report(saved.id()).orElseThrow();
        assertThat(back).isEqualTo(saved);
        assertThat(back.status()).isEqualTo(WitnessReport.Status.DRAFT);
        assertThat(back.statement().words()).isEqualTo("«Sabemos quién eres»");
        assertThat(back.attachments()).containsExactly(new WitnessAttachment(PHOTO, "foto 1.jpg", 7));
        assertThat(back.plates()).isEqualTo("VT ABC-123");
    }

    @Test
    void reportsComeNewestFirst() {
        store.add(draft("First", Instant.parse("2026-12-01T10:00:00Z")));
        store.add(draft("Second", Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(store.reports()).extracting(r -> r.statement().witness()).containsExactly("Second", "First");
    }

    @Test
    void aDraftIsAcceptedOrRejectedOnceAndKeptEitherWay() {
        long a = store.add(draft("Ana", Instant.parse("2026-12-01T10:00:00Z"))).id();
        long b = store.add(draft("Beto", Instant.parse("2026-12-01T11:00:00Z"))).id();
        Instant at = Instant.parse("2026-12-03T09:00:00Z");
        assertThat(store.accept(a, "E7", at)).isTrue();
        assertThat(store.accept(a, "E8", at)).isFalse();
        assertThat(store.reject(a, "too late", at)).isFalse();
        assertThat(store.reject(b, "no es sobre el caso", at)).isTrue();
        WitnessReport accepted = store.report(a).orElseThrow();
        assertThat(accepted.status()).isEqualTo(WitnessReport.Status.ACCEPTED);
        assertThat(accepted.eventId()).isEqualTo("E7");
        assertThat(accepted.reviewed()).isEqualTo(at);
        WitnessReport rejected = store.report(b).orElseThrow();
        assertThat(rejected.status()).isEqualTo(WitnessReport.Status.REJECTED);
        assertThat(rejected.reason()).isEqualTo("no es sobre el caso");
        assertThat(rejected.statement().saw()).startsWith("Dos agentes");
        assertThat(rejected.attachments()).hasSize(1);
    }

    @Test
    void anUnknownReportIsAbsent() {
        assertThat(store.report(99)).isEmpty();
        assertThat(store.accept(99, "E1", Instant.now())).isFalse();
    }
}
