package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void nonAsciiNamesTravelAsUtf8WithAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("Declaración.pdf"))
                .isEqualTo("attachment; filename=\"Declaracion.pdf\"; filename*=UTF-8''Declaraci%C3%B3n.pdf");
    }

    @Test
    void spacesQuotesAndOtherScriptsSurviveTheRoundTrip() {
        String name = "Nguyễn \"Łódź\" 1+1 (copia) ~ñ.docx";
        String header = ContentDisposition.attachment(name);
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        // RFC 5987 attr-chars only: no space, quote, parenthesis or plus left unencoded.
        assertThat(encoded).doesNotContain(" ", "\"", "(", "+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
        // The ASCII fallback keeps the letters without their accents.
        assertThat(header).startsWith("attachment; filename=\"Nguyen __odz_ 1_1 _copia_ _n.docx\"");
    }
}
