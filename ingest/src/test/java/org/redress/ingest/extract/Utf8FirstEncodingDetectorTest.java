package org.redress.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short UTF-8 text without a BOM is read as UTF-8, and text in other charsets still reaches Tika's detectors. */
class Utf8FirstEncodingDetectorTest {
    @TempDir
    Path dir;

    /** A letter Tika's detectors alone read as GB18030 ("Balc谩zar"). */
    private static final String CARTA = """
            Carta de Migrant Justice a la prensa

            El 5 de marzo, José Enrique Balcázar Sánchez habló en una conferencia de prensa en Montpelier, Vermont,
            junto a Zully Palacios. La organización denunció que el Departamento de Vehículos de Motor entregó sus
            datos al Servicio de Inmigración y Control de Aduanas, y pidió una reunión con el gobernador Phil Scott.
            """;

    @Test
    void aShortSpanishLetterInUtf8IsReadAsUtf8() throws Exception {
        assertThat(extract(CARTA, StandardCharsets.UTF_8)).contains("Balcázar Sánchez", "organización");
    }

    @Test
    void aSpanishNameAloneIsReadAsUtf8() throws Exception {
        assertThat(extract("Balcázar\n", StandardCharsets.UTF_8)).contains("Balcázar");
    }

    @Test
    void latin1TextIsStillReadByTikasDetectors() throws Exception {
        String latin1 = "La señora Balcázar declaró que la detención ocurrió en la plaza mayor, según los "
                + "testigos, a las diez de la mañana del martes.\n";
        assertThat(extract(latin1, StandardCharsets.ISO_8859_1)).contains("Balcázar", "señora");
    }

    @Test
    void onlyValidMultiByteUtf8Counts() {
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8(utf8("Balcázar"), false))
                .isTrue();
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8(utf8("plain ascii"), false))
                .isFalse();
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8("Balcázar".getBytes(StandardCharsets.ISO_8859_1), false))
                .isFalse();
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8("Balcázar".getBytes(StandardCharsets.UTF_16LE), false))
                .isFalse();
        byte[] cut = utf8("Balcá");
        byte[] shorter = java.util.Arrays.copyOf(cut, cut.length - 1); // the sample ends inside 'á'
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8(shorter, true)).isFalse(); // no whole 'á' left
        byte[] twoAccents = utf8("Balcázar á");
        byte[] cutSecond = java.util.Arrays.copyOf(twoAccents, twoAccents.length - 1);
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8(cutSecond, true)).isTrue();
        assertThat(Utf8FirstEncodingDetector.isMultiByteUtf8(cutSecond, false)).isFalse();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String extract(String text, Charset charset) throws Exception {
        Path file = dir.resolve("nota.txt");
        Files.write(file, text.getBytes(charset));
        ExtractionResult r = new TikaExtractor(Optional.empty(), Optional.empty(), () -> {})
                .extract(new ExtractionRequest(
                        file.toString(),
                        "nota.txt",
                        List.of(),
                        false,
                        dir.resolve("children").toString(),
                        1 << 20,
                        1 << 20));
        assertThat(r.ok()).as(r.failure()).isTrue();
        return String.join(
                "\n", r.pages().stream().map(ExtractionResult.PageText::text).toList());
    }
}
