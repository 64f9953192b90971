package org.redress.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each way records write a name (the variant classes of issue 8), and each rule that keeps look-alikes out. */
class NameMatcherTest {
    static final NameMatcher MATCHER = new NameMatcher(Diminutives.builtIn());
    static final WatchedPerson ENRIQUE =
            new WatchedPerson("p1", "José Enrique Balcázar Sánchez", List.of("Kike", "E. Balcazar"));
    static final WatchedPerson ZULLY = new WatchedPerson("p2", "Zully Palacios", List.of());

    static List<NameHit> hits(WatchedPerson p, String text) {
        return MATCHER.find(p, PageWords.of(text));
    }

    static NameHit only(WatchedPerson p, String text) {
        List<NameHit> h = hits(p, text);
        assertThat(h).as("hits in: %s", text).hasSize(1);
        return h.get(0);
    }

    /** The one hit, counted (at or above the threshold), with the words it matched. */
    static NameHit counted(WatchedPerson p, String text, String matched) {
        NameHit h = only(p, text);
        assertThat(h.matched()).isEqualTo(matched);
        assertThat(h.score()).as(h.rule()).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        assertThat(text.substring(h.start(), h.end())).isEqualTo(matched);
        return h;
    }

    @Nested
    class Variants {
        @Test
        void theFullNameAsWritten() {
            NameHit h = counted(
                    ENRIQUE, "Agents met José Enrique Balcázar Sánchez at noon.", "José Enrique Balcázar Sánchez");
            assertThat(h.score()).isEqualTo(1.0);
            assertThat(h.rule()).startsWith("full name").endsWith("[name]");
            assertThat(h.explanation()).hasSize(4).first().asString().contains("given name 1 'José'");
        }

        @Test
        void accentsDroppedOrInCapitals() {
            NameHit h = counted(ENRIQUE, "re: JOSE ENRIQUE BALCAZAR SANCHEZ", "JOSE ENRIQUE BALCAZAR SANCHEZ");
            assertThat(h.score()).isEqualTo(1.0);
            assertThat(h.rule()).contains("accents differ");
            counted(ENRIQUE, "Jose Enrique Balcazar Sanchez", "Jose Enrique Balcazar Sanchez");
        }

        @Test
        void eitherSurnameAloneWithAGivenName() {
            assertThat(counted(ENRIQUE, "I spoke with Enrique Balcázar yesterday.", "Enrique Balcázar")
                            .rule())
                    .startsWith("given name and one surname");
            counted(ENRIQUE, "I spoke with José Sánchez yesterday.", "José Sánchez");
        }

        @Test
        void bothSurnamesAloneOrHyphenated() {
            assertThat(counted(ENRIQUE, "the file on Balcázar Sánchez was opened", "Balcázar Sánchez")
                            .rule())
                    .startsWith("both surnames");
            assertThat(counted(ENRIQUE, "E. Balcazar-Sanchez attended", "E. Balcazar-Sanchez")
                            .rule())
                    .contains("hyphenated")
                    .contains("initial");
        }

        @Test
        void particlesStayWithTheSurname() {
            WatchedPerson maria = new WatchedPerson("p3", "María de la Cruz Pérez", List.of());
            counted(maria, "Interview of Maria de la Cruz on Tuesday", "Maria de la Cruz");
            counted(maria, "Interview of Maria Cruz Perez on Tuesday", "Maria Cruz Perez");
            counted(maria, "DE LA CRUZ PEREZ, MARIA", "CRUZ PEREZ, MARIA");
        }

        @Test
        void reorderedAndCommaForms() {
            NameHit comma = counted(ENRIQUE, "Subject: BALCAZAR SANCHEZ, JOSE E", "BALCAZAR SANCHEZ, JOSE E");
            assertThat(comma.rule()).contains("comma form");
            assertThat(comma.score()).isEqualTo(0.9);
            assertThat(counted(ZULLY, "PALACIOS ZULLY DOB withheld", "PALACIOS ZULLY")
                            .rule())
                    .contains("surname first");
        }

        @Test
        void initials() {
            counted(ENRIQUE, "Memo from J. E. Balcázar about the march", "J. E. Balcázar");
            counted(ENRIQUE, "cc: J.E. Balcazar", "J.E. Balcazar");
            counted(ZULLY, "Z. Palacios (organizer)", "Z. Palacios");
        }

        @Test
        void nicknamesFromTheAliasesAndFromTheTable() {
            assertThat(counted(ENRIQUE, "Kike Balcázar spoke first", "Kike Balcázar")
                            .explanation()
                            .get(0))
                    .contains("alias 'Kike'");
            WatchedPerson lupe = new WatchedPerson("p4", "Guadalupe Reyes", List.of());
            assertThat(counted(lupe, "Lupe Reyes led the chant", "Lupe Reyes").rule())
                    .contains("short form");
            WatchedPerson pepe = new WatchedPerson("p5", "Pepe Ortiz", List.of());
            counted(pepe, "José Ortiz was there", "José Ortiz");
        }

        @Test
        void aCaseCanExtendTheTable() {
            WatchedPerson zully = new WatchedPerson("p2", "Zulema Palacios", List.of());
            assertThat(hits(zully, "Zully Palacios was there")).isEmpty();
            NameMatcher extended = new NameMatcher(Diminutives.builtIn().with("# ours\nZulema: Zully, Zule\n", "test"));
            assertThat(extended.find(zully, PageWords.of("Zully Palacios was there")))
                    .extracting(NameHit::matched)
                    .containsExactly("Zully Palacios");
        }

        @Test
        void ocrDamageOfALetterWrongMissingOrDoubled() {
            assertThat(counted(ENRIQUE, "José Balcazsr Sánchez", "José Balcazsr Sánchez")
                            .rule())
                    .contains("one letter off");
            counted(ENRIQUE, "José Balczar Sánchez", "José Balczar Sánchez");
            counted(ENRIQUE, "José Balcazzar Sánchez", "José Balcazzar Sánchez");
            counted(ZULLY, "Zully Palaclos", "Zully Palaclos");
        }

        @Test
        void phoneticSpellings() {
            NameHit h = counted(ENRIQUE, "Enrique Balkasar was detained", "Enrique Balkasar");
            assertThat(h.rule()).contains("sounds alike");
        }

        @Test
        void aNameBrokenAcrossALine() {
            NameHit h = counted(
                    ENRIQUE,
                    "report on José Enrique Bal-\ncázar Sánchez and others",
                    "José Enrique Bal-\ncázar Sánchez");
            assertThat(h.rule()).contains("broken across a line");
            counted(ENRIQUE, "report on José Enrique\nBalcázar Sánchez", "José Enrique\nBalcázar Sánchez");
        }

        @Test
        void aSurnameCutAtTheEndOfALineWithoutAHyphen() {
            NameHit h = counted(
                    ENRIQUE, "report on José Enrique Balcá\nzar Sánchez and others", "José Enrique Balcá\nzar Sánchez");
            assertThat(h.rule()).startsWith("full name").contains("broken across a line without a hyphen");
            assertThat(h.explanation())
                    .anySatisfy(l -> assertThat(l)
                            .contains("'Balcázar' = surname 1")
                            .contains("joined across a line break without a hyphen"));
            counted(ENRIQUE, "re: JOSE ENRIQUE BALCA\nZAR SANCHEZ", "JOSE ENRIQUE BALCA\nZAR SANCHEZ");
            // The second line may open with what is elsewhere a word of its own ("es", "van").
            counted(ZULLY, "ZULLY PALACI\nOS", "ZULLY PALACI\nOS");
            counted(ENRIQUE, "Enrique Sán \n chez was there", "Enrique Sán \n chez");
            // Capitals cut at a hyphen: one surname, not two.
            counted(ENRIQUE, "JOSE ENRIQUE BAL-\nCAZAR SANCHEZ", "JOSE ENRIQUE BAL-\nCAZAR SANCHEZ");
        }

        @Test
        void theCommaFormOverTwoLines() {
            NameHit h = counted(ENRIQUE, "Subject: BALCAZAR SANCHEZ,\nJOSE E\nDOB:", "BALCAZAR SANCHEZ,\nJOSE E");
            assertThat(h.rule()).contains("comma form");
            counted(ENRIQUE, "Balcázar\nSánchez, José Enrique", "Balcázar\nSánchez, José Enrique");
            h = counted(ENRIQUE, "Balcá\nzar Sánchez,\nJosé Enrique", "Balcá\nzar Sánchez,\nJosé Enrique");
            assertThat(h.rule()).contains("comma form").contains("broken across a line without a hyphen");
        }

        @Test
        void aWordEndingALineDoesNotJoinTheNextIntoAName() {
            // The name ends the line; the next line's word stays a word of its own.
            NameHit h = counted(ENRIQUE, "José Enrique Balcázar\nsaid nothing", "José Enrique Balcázar");
            assertThat(h.rule()).doesNotContain("broken across a line");
            // Joined, the two words are a letter off the surname: letters off do not join lines.
            assertThat(hits(ENRIQUE, "Enrique Balca\nzas said")).isEmpty();
            // Joined into the surname, but beside another given name: a look-alike all the same.
            assertThat(hits(ZULLY, "Rosa Pala\ncios")).isEmpty();
            // Two words on two lines of capitals that do not make a part stay apart.
            assertThat(hits(ENRIQUE, "JOSE BAL\nCONY")).isEmpty();
            // A word in an address is never joined.
            assertThat(hits(ENRIQUE, "Enrique jbalca\nzar@example.org"))
                    .allSatisfy(x -> assertThat(x.rule()).doesNotContain("broken across a line"));
        }

        @Test
        void emailLocalParts() {
            NameHit h = counted(ENRIQUE, "From: jbalcazar@migrantjustice.net", "jbalcazar");
            assertThat(h.rule()).startsWith("email local part");
            counted(ENRIQUE, "to jose.balcazar@example.org today", "jose.balcazar");
            counted(ENRIQUE, "to jebalcazar2@example.org today", "jebalcazar2");
            counted(ZULLY, "zpalacios@example.org", "zpalacios");
            assertThat(only(ZULLY, "palacios@example.org").score()).isLessThan(NameMatcher.THRESHOLD);
        }

        @Test
        void aOneWordAliasAloneIsKeptBelowTheThreshold() {
            NameHit h = only(ENRIQUE, "Kike was at the meeting.");
            assertThat(h.score()).isLessThan(NameMatcher.THRESHOLD).isGreaterThanOrEqualTo(NameMatcher.FLOOR);
            assertThat(ENRIQUE.warnings()).singleElement().asString().startsWith("alias 1 is one short word");
        }

        @Test
        void aCourtesyTitleWithTheSurname() {
            assertThat(only(ZULLY, "We asked Ms. Palacios to comment.").rule()).startsWith("courtesy title");
            assertThat(hits(ZULLY, "The Palacios family")).isEmpty();
        }
    }

    @Nested
    class Precision {
        @Test
        void aDifferentGivenNameIsAnotherPerson() {
            assertThat(hits(ZULLY, "Rosa Palacios attended the meeting.")).isEmpty();
            assertThat(hits(ZULLY, "ROSA PALACIOS")).isEmpty();
            assertThat(hits(ZULLY, "PALACIOS, ROSA")).isEmpty();
            assertThat(hits(ZULLY, "rpalacios@example.org")).isEmpty();
        }

        @Test
        void aConflictingMaternalSurnameIsAnotherPerson() {
            assertThat(hits(ENRIQUE, "Enrique Baltazar Sandoval was stopped on Route 7."))
                    .isEmpty();
            assertThat(hits(ENRIQUE, "ENRIQUE BALTAZAR SANDOVAL")).isEmpty();
            assertThat(hits(ENRIQUE, "Enrique Balcázar Sandoval was stopped.")).isEmpty();
            assertThat(hits(ENRIQUE, "Enrique Balcázar-Sandoval was stopped.")).isEmpty();
        }

        @Test
        void aSurnameAloneIsNotAMention() {
            assertThat(hits(ENRIQUE, "The Balcázar farm is on Route 7.")).isEmpty();
            assertThat(hits(ZULLY, "Los palacios de la ciudad")).isEmpty();
        }

        @Test
        void aGivenNameAloneIsNotAMention() {
            assertThat(hits(ENRIQUE, "José and Enrique went home.")).isEmpty();
        }

        @Test
        void aLookAlikeSurnameTwoLettersOffIsNot() {
            assertThat(hits(ZULLY, "Zully Palomas")).isEmpty();
            assertThat(hits(ENRIQUE, "José Salazar")).isEmpty();
        }

        @Test
        void aWordBesideTheNameThatIsNotANameIsNoConflict() {
            counted(ENRIQUE, "Yesterday Enrique Balcázar was arrested.", "Enrique Balcázar");
            assertThat(hits(ZULLY, "Officer Zully Palacios? No: activist Zully Palacios."))
                    .extracting(NameHit::matched)
                    .containsExactly("Zully Palacios", "Zully Palacios");
            counted(ENRIQUE, "The leader is Enrique Balcázar and he spoke.", "Enrique Balcázar");
        }

        @Test
        void aMiddleInitialTheNameDoesNotRecordIsAllowedOnlyBesideEveryGivenName() {
            counted(new WatchedPerson("p6", "Randolph, Gena", List.of()), "GENA C RANDOLPH", "GENA C RANDOLPH");
            assertThat(hits(ENRIQUE, "José X. Balcázar")).isEmpty(); // X may stand for Enrique, and differ
            assertThat(hits(new WatchedPerson("p7", "Josh A. Wendt", List.of()), "Eric A. Wendt"))
                    .isEmpty();
            assertThat(hits(new WatchedPerson("p8", "William W Frost", List.of()), "Frost, William G."))
                    .isEmpty();
        }

        @Test
        void aSecondSurnameAfterAHyphenConflictsInLowerCaseToo() {
            assertThat(hits(new WatchedPerson("p9", "Kim Yong-chun", List.of()), "Kim Yong-chol"))
                    .isEmpty();
            counted(new WatchedPerson("p9", "Kim Yong-chun", List.of()), "Kim Yong-chun", "Kim Yong-chun");
        }

        @Test
        void inCapitalsAConflictLowersTheScore() {
            NameHit h = only(ENRIQUE, "JOSE BALCAZAR ATTENDED");
            assertThat(h.score()).isLessThan(NameMatcher.THRESHOLD);
            assertThat(h.rule()).contains("another person's name");
        }
    }

    @Test
    void aOneWordNameIsFlaggedTooBroad() {
        WatchedPerson one = new WatchedPerson("p9", "Zully", List.of());
        assertThat(one.warnings())
                .singleElement()
                .asString()
                .contains("single word")
                .doesNotContain("Zully");
        assertThat(one.forms()).isEmpty();
    }

    @Test
    void hitsDoNotOverlapAndComeInPageOrder() {
        List<NameHit> h = hits(ENRIQUE, "Enrique Balcázar (jbalcazar@x.org) and later J. E. Balcázar Sánchez.");
        assertThat(h)
                .extracting(NameHit::matched)
                .containsExactly("Enrique Balcázar", "jbalcazar", "J. E. Balcázar Sánchez");
    }
}
