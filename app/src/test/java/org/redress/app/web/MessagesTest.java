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

    @Test
    void aCountChoosesTheFormThatAgreesWithItAndGroupsItsNumber() {
        Messages en = Messages.forLanguage("en");
        Messages es = Messages.forLanguage("es");
        assertThat(en.count("documents", 1)).isEqualTo("1 document");
        assertThat(en.count("documents", 0)).isEqualTo("0 documents");
        assertThat(en.count("documents", 1234)).isEqualTo("1,234 documents");
        assertThat(es.count("documents", 1234)).isEqualTo("1.234 documentos");
        assertThat(es.count("ocrPages", 1)).isEqualTo("1 leída por OCR");
        assertThat(es.plural("search.total", 1, 1)).isEqualTo("1 página coincide");
        assertThat(es.plural("search.total", 2, 2)).isEqualTo("2 páginas coinciden");
        assertThat(en.format(
                        "status.summary",
                        en.count("documents", 1),
                        en.count("pages", 2),
                        en.count("ocrPages", 0),
                        en.count("sources", 1),
                        en.count("unreadFiles", 1)))
                .isEqualTo(
                        "This case holds 1 document and 2 pages (0 read by OCR) from 1 source; 1 file could not be read.");
    }

    /** Counts agree with their nouns, so no phrase writes "document(s)"; every ".one" form has its ".other". */
    @Test
    void noPhraseHedgesItsPluralAndEveryOneFormHasItsOther() throws IOException {
        for (String lang : List.of("en", "es")) {
            Properties b = bundle(lang);
            for (String key : b.stringPropertyNames()) {
                assertThat(b.getProperty(key)).as(lang + " " + key).doesNotContainPattern("\\((s|es)\\)");
                if (key.endsWith(".one"))
                    assertThat(b.getProperty(key.substring(0, key.length() - 4) + ".other"))
                            .as(lang + " " + key)
                            .isNotNull();
            }
        }
    }
}
