package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.mentions.ScreenWords;
import org.redress.core.port.PageScreen;

class LucenePageScreenTest {
    final PageScreen.Prepared screen = new LucenePageScreen()
            .prepare(List.of(
                    new ScreenWords(
                            "enrique", List.of("kike"), List.of("balcazar", "sanchez"), List.of("balcazar", "sanchez")),
                    new ScreenWords("zully", List.of(), List.of("palacios"), List.of("palacios")),
                    new ScreenWords("nobody", List.of(), List.of(), List.of())));

    @Test
    void surnamesAreFoundFoldedDamagedAndInsideEmailAddresses() {
        assertThat(screen.candidates("José Enrique BALCÁZAR")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Balcazsr")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Balkasar")).containsExactly("enrique");
        assertThat(screen.candidates("From: jbalcazar@example.org")).containsExactly("enrique");
        assertThat(screen.candidates("jose.balcazar@example.org")).containsExactly("enrique");
        assertThat(screen.candidates("Enrique Bal-\ncázar")).containsExactly("enrique");
        assertThat(screen.candidates("Kike was there")).containsExactly("enrique");
        assertThat(screen.candidates("Rosa Palacios and Sanchez")).containsExactly("enrique", "zully");
    }

    @Test
    void aPageWithoutTheirWordsHasNoCandidates() {
        assertThat(screen.candidates("The weather in Burlington was cold.")).isEmpty();
        assertThat(screen.candidates("")).isEmpty();
        assertThat(screen.candidates("Palomar and Sandoval")).isEmpty();
    }

    @Test
    void itMaySayYesTooOftenButNeverTooRarely() {
        // Two letters off an eight-letter surname passes the screen; the precise matcher then refuses Salazar.
        assertThat(screen.candidates("Salazar")).containsExactly("enrique");
    }
}
