package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCR rule: on a page read by OCR, OCR's kind of damage is a mention; a look-alike still is not. */
class OcrRuleTest {
    static final NameMatcher MATCHER = NameMatcherTest.MATCHER;
    static final WatchedPerson ENRIQUE = NameMatcherTest.ENRIQUE;
    static final WatchedPerson ZULLY = NameMatcherTest.ZULLY;

    static List<NameHit> onScan(WatchedPerson p, String text) {
        return MATCHER.find(p, PageWords.of(text, true));
    }

    static List<NameHit> onText(WatchedPerson p, String text) {
        return MATCHER.find(p, PageWords.of(text, false));
    }

    static NameHit counted(List<NameHit> hits, String matched) {
        assertThat(hits).as("hits").hasSize(1);
        NameHit h = hits.get(0);
        assertThat(h.matched()).isEqualTo(matched);
        assertThat(h.score()).as(h.rule()).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        return h;
    }

    static boolean counts(List<NameHit> hits) {
        return hits.stream().anyMatch(h -> h.score() >= NameMatcher.THRESHOLD);
    }

    @Test
    void ocrConfusionsCostLessThanOtherEdits() {
        NamePart balcazar = new NamePart(NamePart.Role.SURNAME, 0, "Balcázar", "balcazar");
        // rn for m, 1 for l, 0 for o, c for e, cl for d, vv for w, a doubled letter: half an edit each.
        assertThat(OcrDamage.of(balcazar, "ba1cazar").cost()).isEqualTo(OcrDamage.CHEAP);
        assertThat(OcrDamage.of(balcazar, "balccazar").cost()).isEqualTo(OcrDamage.CHEAP);
        assertThat(OcrDamage.of(balcazar, "ba1cazr").cost()).isEqualTo(OcrDamage.CHEAP + OcrDamage.MISSING);
        NamePart moreno = new NamePart(NamePart.Role.SURNAME, 0, "Moreno", "moreno");
        assertThat(OcrDamage.of(moreno, "rnoreno").edits()).containsExactly("'rn' for 'm'");
        NamePart edwards = new NamePart(NamePart.Role.SURNAME, 0, "Edwards", "edwards");
        assertThat(OcrDamage.of(edwards, "eclwards").edits()).containsExactly("'cl' for 'd'");
        assertThat(OcrDamage.of(edwards, "edvvards").cost()).isEqualTo(OcrDamage.CHEAP);
        // Beyond two plain edits (Lucene's automaton) only OCR's key reads it: cl for d and vv for w, one confusion.
        assertThat(edwards.edits("eclvvards")).isEqualTo(3);
        assertThat(OcrDamage.of(edwards, "eclvvards").cost()).isEqualTo(OcrDamage.CHEAP);
        // Two edits of another kind are beyond the budget of eight letters: Salazar is another name.
        assertThat(OcrDamage.of(balcazar, "salazar")).isNull();
        assertThat(OcrDamage.budget(8)).isEqualTo(1.5);
    }

    @Test
    void theBudgetGrowsWithTheLengthAndShortPartsGetNone() {
        assertThat(OcrDamage.budget(3)).isZero();
        assertThat(OcrDamage.budget(4)).isLessThan(OcrDamage.budget(6));
        assertThat(OcrDamage.budget(6)).isLessThan(OcrDamage.budget(8));
        assertThat(OcrDamage.budget(8)).isLessThan(OcrDamage.budget(12));
        NamePart fox = new NamePart(NamePart.Role.SURNAME, 0, "Fox", "fox");
        assertThat(OcrDamage.of(fox, "f0x")).isNull();
        WatchedPerson mary = new WatchedPerson("m", "Mary Fox", List.of());
        assertThat(counts(onScan(mary, "Agents saw Mary F0x at the vigil."))).isFalse();
    }

    @Test
    void damagedNamesOnAScanAreMentionsTokenByToken() {
        NameHit h = counted(
                onScan(ENRIQUE, "Agents saw Jcsé Enrlque Ba1cazar Sanchcz at the vigil."),
                "Jcsé Enrlque Ba1cazar Sanchcz");
        assertThat(h.rule()).contains("OCR damage");
        assertThat(h.explanation())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("'Ba1cazar' = surname 1 'Balcázar': OCR damage")
                        .contains("'1' for 'l'")
                        .contains("cost 0.5 of 1.5"))
                .anySatisfy(
                        l -> assertThat(l).startsWith("'Sanchcz' = surname 2").contains("OCR damage"));
        // Two of OCR's errors in one given name (Enrrlque): beyond the one edit allowed off a scan.
        WatchedPerson enrique = new WatchedPerson("e", "José Enrique Balcázar Sánchez", List.of());
        counted(onScan(enrique, "Present: Enrrlque Balcázar and two others."), "Enrrlque Balcázar");
        assertThat(counts(onText(enrique, "Present: Enrrlque Balcázar and two others.")))
                .isFalse();
        // A surname damaged twice by OCR (BIannco: I for l, a doubled n).
        WatchedPerson blanco = new WatchedPerson("b", "Rosa Blanco", List.of());
        counted(onScan(blanco, "The informant named Rosa BIannco."), "Rosa BIannco");
        assertThat(counts(onText(blanco, "The informant named Rosa BIannco."))).isFalse();
        // The last letter of a given name by one of OCR's confusions (Faitb for Faith).
        WatchedPerson faith = new WatchedPerson("f", "Faith Okafor", List.of());
        counted(onScan(faith, "cc: Faitb Okafor"), "Faitb Okafor");
    }

    @Test
    void salazarIsNotBalcazarOnATextPageNorForOneLetterOnAScan() {
        WatchedPerson jose = new WatchedPerson("j", "José Balcázar", List.of());
        assertThat(onText(jose, "The file on José Salazar was opened.")).isEmpty();
        assertThat(counts(onScan(jose, "The file on José Salazar was opened."))).isFalse();
        assertThat(counts(onScan(jose, "The file on Jose Sa1azar was opened."))).isFalse();
    }

    @Test
    void theLookAlikeRulesHoldOnAScan() {
        assertThat(counts(onScan(ZULLY, "Rosa Palacios attended the meeting."))).isFalse();
        assertThat(counts(onScan(ZULLY, "Rosa Pa1acios attended the meeting."))).isFalse();
        assertThat(counts(onScan(ENRIQUE, "Present: Enrique Baltazar Sandoval and two others.")))
                .isFalse();
        assertThat(counts(onScan(ENRIQUE, "Present: Enrique Ba1cazar Sandova1 and two others.")))
                .isFalse();
    }

    @Test
    void anotherGivenNameIsNoDamageOnAScan() {
        WatchedPerson mario = new WatchedPerson("m", "Mario Quintanilla", List.of());
        assertThat(counts(onScan(mario, "Se identificó a María Quintanilla."))).isFalse();
        WatchedPerson daniel = new WatchedPerson("d", "Daniel Quintanilla", List.of());
        assertThat(counts(onScan(daniel, "Se identificó a Daniela Quintanilla.")))
                .isFalse();
        counted(onScan(daniel, "Se identificó a Danlel Quintaniila."), "Danlel Quintaniila");
    }

    @Test
    void aWordBesideTheReadingDamagedPastTwoEditsAtOcrsCostsIsNoRival() {
        // Nargorat for Margaret: three letters off, but m/n, a/o, e/a are OCR's confusions (1.5 of a budget of 1.5).
        WatchedPerson margaret = new WatchedPerson("m", "Margaret Richard King-Gray", List.of());
        String page = "Agents observed Nargorat Richard King-Gray at the vigil.";
        counted(onScan(margaret, page), "Richard King-Gray");
        assertThat(counts(onText(margaret, page))).isFalse();
        assertThat(OcrDamage.cost(new NamePart(NamePart.Role.GIVEN, 0, "Margaret", "margaret"), "nargorat"))
                .isEqualTo(3 * OcrDamage.CHEAP);
        // Not in the second surname's place: Navarro after Inés Duarte is another surname than Navarrete, though
        // o for e and two lost letters cost no more than the budget and a confusion.
        WatchedPerson ines = new WatchedPerson("i", "Inés Duarte Navarrete", List.of());
        assertThat(OcrDamage.cost(new NamePart(NamePart.Role.SURNAME, 1, "Navarrete", "navarrete"), "navarro"))
                .isLessThanOrEqualTo(OcrDamage.budget(9) + OcrDamage.CHEAP);
        assertThat(counts(onScan(ines, "Nombre: Inés Duarte Navarro"))).isFalse();
        assertThat(counts(onScan(ines, "Nombre: Inés Duarte-Navarro"))).isFalse();
    }

    @Test
    void aParticleDamagedByOcrIsStillAParticle() {
        WatchedPerson eduardo = new WatchedPerson("e", "Eduardo Jesús de la Torre Bravo", List.of());
        counted(onScan(eduardo, "Nombre: Eduardo Jesús dee la Torre Bravo"), "Eduardo Jesús dee la Torre Bravo");
        counted(onScan(eduardo, "Nombre: Eduardo Jesús de 1a Torre Bravo"), "Eduardo Jesús de 1a Torre Bravo");
        // On a page with a text layer "dee" is a word: the surnames alone are read, not the name across it.
        assertThat(onText(eduardo, "Nombre: Eduardo Jesús dee la Torre Bravo"))
                .extracting(NameHit::matched)
                .doesNotContain("Eduardo Jesús dee la Torre Bravo");
    }

    @Test
    void aCapitalLostWithItsLetterIsNoLowerCaseWord() {
        String prose = "Report Of The Field Office. ";
        WatchedPerson faith = new WatchedPerson("f", "Faith Donovan", List.of());
        counted(onScan(faith, prose + "Officer Hartwick interviewed Faith onovan about the march."), "Faith onovan");
        // A name word merely written in lower case still counts for less, on a scan too.
        WatchedPerson hope = new WatchedPerson("h", "Hope Banks", List.of());
        assertThat(counts(onScan(hope, prose + "We hope banks will comply."))).isFalse();
        assertThat(counts(onScan(hope, prose + "We hopc banks will comply."))).isFalse();
    }

    @Test
    void lettersDoubledBeyondTwoEditsAreStillOcrDamage() {
        WatchedPerson hector = new WatchedPerson("h", "Héctor Cárdenas Echeverría", List.of());
        NameHit h =
                counted(onScan(hector, "Subject: Héctoorr Cárdenas EEcchheverría"), "Héctoorr Cárdenas EEcchheverría");
        assertThat(h.explanation())
                .anySatisfy(l ->
                        assertThat(l).startsWith("'EEcchheverría' = surname 2").contains("cost 1 of 2"));
        assertThat(WatchListScreenTest.screen(List.of(hector)).candidates("Subject: Héctor EEcchheverría", true))
                .containsExactly("h");
        // Not on a page with a text layer, and not past the budget: three letters doubled in a name of six are one
        // of OCR's confusions by the key, but a letter of another kind besides is more than six letters allow.
        assertThat(counts(onText(hector, "Subject: Héctor EEcchheverría"))).isFalse();
        NamePart flores = new NamePart(NamePart.Role.SURNAME, 0, "Flores", "flores");
        assertThat(OcrDamage.of(flores, "ffllorres").cost()).isEqualTo(OcrDamage.CHEAP);
        assertThat(OcrDamage.of(flores, "ffllorrxs")).isNull();
    }

    @Test
    void aDigitReadForALetterAtEitherEndOfAWordBelongsToIt() {
        WatchedPerson bernard = new WatchedPerson("b", "Bernard Thornton", List.of());
        NameHit h = counted(onScan(bernard, "Protester 8ernard Thornton was cited."), "8ernard Thornton");
        assertThat(h.explanation()).first().asString().contains("'8' for 'b'");
        WatchedPerson leticia = new WatchedPerson("l", "Leticia Ríos Franco", List.of());
        counted(onScan(leticia, "Nombre: Leticia Río5 Franco"), "Leticia Río5 Franco");
        // So the digit no longer cuts off the look-alike's given name from the surnames.
        WatchedPerson isabel = new WatchedPerson("i", "Isabel Jiménez Esquivel", List.of());
        assertThat(counts(onScan(isabel, "Nombre: Dolore5 Jiménez Esquivcl"))).isFalse();
        assertThat(WatchListScreenTest.screen(List.of(bernard)).candidates("cc: 8ernard Thornton", true))
                .containsExactly("b");
        // After an apostrophe too (O'5ullivan): one word on a scan; on a page with a text layer the digit cuts it.
        WatchedPerson walter = new WatchedPerson("w", "Walter O'Sullivan", List.of());
        counted(onScan(walter, "cc: Walter O'5ullivan"), "Walter O'5ullivan");
        assertThat(counts(onText(walter, "cc: Walter O'5ullivan"))).isFalse();
        assertThat(WatchListScreenTest.screen(List.of(walter)).candidates("cc: Walter O'5ullivan", true))
                .containsExactly("w");
        // A look-alike stays one: O'5ullivan is not O'Sullivan's neighbour Sutton.
        WatchedPerson sutton = new WatchedPerson("s", "Walter Sutton", List.of());
        assertThat(counts(onScan(sutton, "cc: Walter O'5ullivan"))).isFalse();
    }

    @Test
    void moreOfOcrsConfusionsAreCheap() {
        // a for e (here the last letter of a given name), E for F, C for G, O for Q, G for 6, s for z.
        WatchedPerson rebecca = new WatchedPerson("r", "Rebecca Mills", List.of());
        counted(onScan(rebecca, "cc: Rebecce Mills"), "Rebecce Mills");
        NamePart fuentes = new NamePart(NamePart.Role.SURNAME, 0, "Fuentes", "fuentes");
        assertThat(OcrDamage.of(fuentes, "euentes").cost()).isEqualTo(OcrDamage.CHEAP);
        NamePart garza = new NamePart(NamePart.Role.SURNAME, 0, "Garza", "garza");
        assertThat(OcrDamage.of(garza, "carsa").cost()).isEqualTo(2 * OcrDamage.CHEAP);
    }

    @Test
    void theScreenPassesWhatTheOcrRuleAccepts() {
        var screen = WatchListScreenTest.screen(List.of(ENRIQUE));
        String page = "Present: Enrrlque Ba1cazzr and two others.";
        assertThat(counts(onScan(ENRIQUE, page))).isTrue();
        assertThat(screen.candidates(page, true)).containsExactly("p1");
    }
}
