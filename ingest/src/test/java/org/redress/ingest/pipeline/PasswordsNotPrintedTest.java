package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.ingest.extract.ExtractionRequest;

/** A production's passwords never reach a log line through the records that carry them to the readers. */
class PasswordsNotPrintedTest {
    private static final String PASSWORD = "tulip-harbour-1987";

    @Test
    void theRecordsThatCarryPasswordsPrintTheirCountOnly() {
        IngestOptions options = IngestOptions.defaults(Path.of("work")).withPasswords(List.of(PASSWORD, "second"));
        assertThat(options.toString()).doesNotContain(PASSWORD).contains("passwords=2 hidden");
        ExtractionRequest request = new ExtractionRequest(
                "/tmp/work/affidavit of Ana Ruiz.pdf", "affidavit of Ana Ruiz.pdf", List.of(PASSWORD), true, "c", 1, 1);
        assertThat(request.toString()).doesNotContain(PASSWORD, "Ana Ruiz").contains("passwords=1 hidden");
    }
}
