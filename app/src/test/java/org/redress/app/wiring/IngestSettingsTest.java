package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passwords a person gives for a production never reach a log line through its settings. */
class IngestSettingsTest {
    @Test
    void theSettingsPrintHowManyPasswordsThereAreNotWhichOnes() {
        IngestSettings settings = new IngestSettings(
                List.of("tulip-harbour-1987"),
                IngestSettings.DEFAULT_TIMEOUT,
                IngestSettings.DEFAULT_WORKER_MEMORY_MB,
                2,
                null);
        assertThat(settings.toString()).doesNotContain("tulip-harbour-1987").contains("passwords=1 hidden");
    }
}
