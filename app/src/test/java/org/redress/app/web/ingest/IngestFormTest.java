package org.redress.app.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web form's passwords, one a line, and a form that never prints them. */
class IngestFormTest {
    @Test
    void passwordsAreReadOneALineEachOnceAndNeverPrinted() {
        List<String> passwords = IngestForm.passwords("first one\r\n\r\nsecond\nfirst one\n");
        assertThat(passwords).containsExactly("first one", "second");
        IngestForm form = new IngestForm(
                List.of(Path.of("uploads/affidavit of Ana Ruiz.pdf")), "ICE 7", null, null, passwords, null);
        assertThat(form.toString())
                .doesNotContain("first one", "second", "Ana Ruiz")
                .contains("2 hidden");
    }
}
