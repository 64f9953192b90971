package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.redress.core.chronology.EventKindRegistry;

/** The two bundles say the same things, and the values shown on the pages have labels in both. */
class MessagesTest {
    static final List<String> TYPES = List.of(
            "pdf",
            "email",
            "word",
            "spreadsheet",
            "image",
            "text",
            "html",
            "archive",
            "presentation",
            "mailbox",
            "other");

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("es").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void everyBuiltInKindAndDocumentTypeHasALabel() {
        for (String lang : List.of("en", "es")) {
            Messages t = Messages.forLanguage(lang);
            for (String kind : EventKindRegistry.BUILT_IN) {
                assertThat(t.kind(kind))
                        .as(lang + " " + kind)
                        .doesNotContain(".")
                        .isNotBlank();
                assertThat(t.get("kind." + kind)).as(lang + " " + kind).isNotEqualTo("kind." + kind);
            }
            for (String type : TYPES)
                assertThat(t.get("facet.type." + type)).as(lang + " " + type).isNotEqualTo("facet.type." + type);
        }
        Messages es = Messages.forLanguage("es");
        assertThat(es.label("facet.type", "email")).isEqualTo("correo");
        assertThat(es.label("facet.type", "spreadsheet")).isEqualTo("hoja de cálculo");
        assertThat(es.label("facet.type", "unheard-of")).isEqualTo("unheard-of");
        assertThat(es.kind("adverse.arrest")).isEqualTo("arresto");
        // A kind the case added itself (kinds.txt) reads as its name.
        assertThat(es.kind("adverse.bus_boarding")).isEqualTo("bus boarding");
        assertThat(es.kinds("E2 2017-03-17 adverse.arrest: Arrested")).isEqualTo("E2 2017-03-17 arresto: Arrested");
    }
}
