package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.analysis.names.OcrRuleTest.counted;
import static org.redress.analysis.names.OcrRuleTest.counts;
import static org.redress.analysis.names.OcrRuleTest.onScan;
import static org.redress.analysis.names.OcrRuleTest.onText;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCR key: a word read by OCR's confusion classes, so that several confusions of shape in it count as one. */
class OcrKeyTest {
    @Test
    void theKeyReadsOcrsConfusionsOfShapeAsTheLetter() {
        assertThat(OcrKey.of("ba11ccazzar")).isEqualTo(OcrKey.of("balcazar")).isEqualTo("baicazar");
        assertThat(OcrKey.of("bemard")).isEqualTo(OcrKey.of("bernard"));
        assertThat(OcrKey.of("eclvvards")).isEqualTo(OcrKey.of("edwards"));
        assertThat(OcrKey.of("5a2")).isEqualTo("saz");
        // j, a dot and a stroke as i is: Chrjstopher is Christopher.
        assertThat(OcrKey.of("chrjstopher")).isEqualTo(OcrKey.of("christopher"));
        assertThat(OcrKey.of("8e6a9o0")).isEqualTo("bebagoo");
        // Two letters of one class side by side stay two: Aguilar is not Aguirre read short.
        assertThat(OcrKey.of("aguilar")).isEqualTo("aguiiar");
        // Vowels tell names apart, so the key keeps them: María is not Mario.
        assertThat(OcrKey.of("maria")).isNotEqualTo(OcrKey.of("mario"));
        assertThat(OcrKey.of("blanca")).isNotEqualTo(OcrKey.of("blanco"));
    }

    @Test
    void severalConfusionsInOneWordCostOneByTheKey() {
        NamePart balcazar = new NamePart(NamePart.Role.SURNAME, 0, "Balcázar", "balcazar");
        // Three of OCR's errors (1 for l twice, a doubled c and z): past two plain edits, one confusion by the key.
        assertThat(balcazar.edits("ba11ccazzar")).isEqualTo(3);
        OcrDamage.Damage d = OcrDamage.of(balcazar, "ba11ccazzar");
        assertThat(d.cost()).isEqualTo(OcrDamage.CHEAP);
        assertThat(d.words()).contains("read by OCR's confusion classes as 'baicazar', as the name is");
        // The key and one more edit of another kind: one confusion and that edit.
        assertThat(OcrDamage.of(balcazar, "ba11cazzor").cost()).isEqualTo(2 * OcrDamage.CHEAP);
        // A short given name damaged twice (a doubled H, 0 for o): one confusion, within the budget of four letters.
        NamePart hope = new NamePart(NamePart.Role.GIVEN, 0, "Hope", "hope");
        assertThat(OcrDamage.of(hope, "hh0pe").cost()).isEqualTo(OcrDamage.CHEAP);
    }

    @Test
    void aNameDamagedPastTwoEditsIsFoundOnAScanOnly() {
        WatchedPerson hope = new WatchedPerson("h", "Hope Banks", List.of());
        NameHit h = counted(onScan(hope, "Officer Hartwick interviewed HH0pe Banks about the march."), "HH0pe Banks");
        assertThat(h.explanation())
                .first()
                .asString()
                .startsWith("'HH0pe' = given name 1 'Hope': OCR damage")
                .contains("confusion classes");
        assertThat(counts(onText(hope, "Officer Hartwick interviewed HH0pe Banks about the march.")))
                .isFalse();
        WatchedPerson enrique = NameMatcherTest.ENRIQUE;
        counted(onScan(enrique, "Subject: José Enrique Ba11ccazzar Sánchez"), "José Enrique Ba11ccazzar Sánchez");
    }

    @Test
    void theKeyDoesNotMakeALookAlikeTheName() {
        // Miles is not Mills, however the page is damaged in its shapes (1 for l twice).
        WatchedPerson rebecca = new WatchedPerson("r", "Rebecca Mills", List.of());
        assertThat(counts(onScan(rebecca, "cc: Rebecca Mi11es"))).isFalse();
        assertThat(counts(onScan(rebecca, "cc: Rebecca Mi11s"))).isTrue();
        // Another given name of the table read by the key ("Mar1a" is María) is no damage of Mario.
        WatchedPerson mario = new WatchedPerson("m", "Mario Quintanilla Rosales", List.of());
        assertThat(counts(onScan(mario, "Se identificó a Mar1a Quintanilla Rosales.")))
                .isFalse();
        assertThat(counts(onScan(mario, "Se identificó a Mari0 Quintanilla Rosales.")))
                .isTrue();
        // Salazar is two letters of another kind from Balcázar, with or without the key.
        WatchedPerson jose = new WatchedPerson("j", "José Balcázar", List.of());
        assertThat(counts(onScan(jose, "The file on José 5a11azar was opened.")))
                .isFalse();
    }

    @Test
    void theScreenPassesWhatTheKeyAccepts() {
        // Past two edits both plainly and with doubled letters written once: only the screen's keyed tier finds it.
        WatchedPerson grace = new WatchedPerson("g", "Grace Edwards", List.of());
        String page = "cc: Grace Eclvvards";
        assertThat(counts(onScan(grace, page))).isTrue();
        assertThat(WatchListScreenTest.screen(List.of(grace)).candidates(page, true))
                .containsExactly("g");
        WatchedPerson hector = new WatchedPerson("h", "Héctor Cárdenas", List.of());
        String damaged = "Subject: Hect0rr Carrdd3nas";
        assertThat(counts(onScan(hector, damaged))).isTrue();
        assertThat(WatchListScreenTest.screen(List.of(hector)).candidates(damaged, true))
                .containsExactly("h");
    }
}
