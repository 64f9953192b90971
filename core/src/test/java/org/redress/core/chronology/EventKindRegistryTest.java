package org.redress.core.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindRegistryTest {

    private final EventKindRegistry registry = EventKindRegistry.withBuiltIns();

    @Test
    void builtInsAreRegisteredWithTheirCategory() {
        assertThat(registry.all()).hasSize(27);
        assertThat(registry.lookup("adverse.arrest").category()).isEqualTo(EventCategory.ADVERSE);
        assertThat(registry.lookup("protected.press_conference").isProtected()).isTrue();
        assertThat(registry.lookup(" Other.Knowledge ")).isEqualTo(EventKind.KNOWLEDGE);
    }

    @Test
    void usersCanAddKindsInTheThreeCategories() {
        EventKind vigil = registry.register("protected.vigil");
        assertThat(registry.lookup("protected.vigil")).isEqualTo(vigil);
        assertThat(vigil.code()).isEqualTo("protected.vigil");
        assertThat(registry.register("protected.vigil")).isEqualTo(vigil);
    }

    @Test
    void newKindsNeedAKnownCategoryAndAValidName() {
        assertThatThrownBy(() -> registry.register("hostile.raid"))
                .isInstanceOf(org.redress.core.UserMistake.class)
                .hasMessage(
                        "'hostile.raid' is not an event kind: its category 'hostile' must be protected, adverse or other");
        assertThatThrownBy(() -> registry.register("raid")).hasMessageContaining("write category.name");
        assertThatThrownBy(() -> registry.register("adverse.2nd raid"))
                .hasMessageContaining("lower-case letters, digits and underscores");
        assertThatThrownBy(() -> registry.register("adverse.night/raid"))
                .hasMessageContaining("lower-case letters, digits and underscores");
    }

    @Test
    void kindsAreFoundInAnySpellingOfTheirWords() {
        EventKind statement = registry.lookup("protected.public_statement");
        for (String typed : List.of(
                "protected.public-statement",
                "Protected.Public Statement",
                "PROTECTED.PUBLIC-STATEMENT",
                "  protected.public statement\t",
                "protected . public - statement",
                "protected.public\u00a0statement")) {
            assertThat(registry.lookup(typed)).as(typed).isEqualTo(statement);
            assertThat(registry.contains(typed)).as(typed).isTrue();
        }
        assertThat(registry.lookup("Adverse.Home or Work Visit").code()).isEqualTo("adverse.home_or_work_visit");
    }

    @Test
    void typosInAnySpellingAreStillRefusedWithSuggestions() {
        for (String typo :
                List.of("protected.publc_statement", "Protected.Publc Statement", "protected.public-statment")) {
            UnknownEventKindException e = catchUnknown(typo);
            assertThat(e.getMessage())
                    .startsWith("'" + typo + "' is not a known event kind; did you mean protected.public_statement");
            assertThat(registry.contains(typo)).isFalse();
        }
        // words run together are a different name, not a spelling of it
        assertThat(catchUnknown("protected.publicstatement").closeMatches())
                .extracting(EventKind::code)
                .first()
                .isEqualTo("protected.public_statement");
    }

    @Test
    void theTeamsOwnKindsAreStoredUnderTheirCanonicalCode() {
        EventKind vigil = registry.registerCustom("Protected.Candle Vigil");
        assertThat(vigil.code()).isEqualTo("protected.candle_vigil");
        assertThat(registry.lookup("protected.candle-vigil")).isEqualTo(vigil);
        assertThat(registry.all()).filteredOn(k -> k.name().contains("vigil")).containsExactly(vigil);
        assertThat(registry.registerCustom("Protected.Candle Vigil"))
                .isEqualTo(vigil); // the same line twice is harmless
        assertThat(registry.register("protected.CANDLE_VIGIL"))
                .isEqualTo(vigil); // as is any later lookup-like register
    }

    @Test
    void twoSpellingsOfOneCustomKindAreRefused() {
        registry.registerCustom("protected.sit_in");
        assertThatThrownBy(() -> registry.registerCustom("Protected.Sit-In"))
                .isInstanceOf(org.redress.core.UserMistake.class)
                .hasMessage(
                        "'Protected.Sit-In' and 'protected.sit_in' are the same kind protected.sit_in (case, and '-', '_' "
                                + "or a space between words, do not tell kinds apart); list it once");
        assertThatThrownBy(() -> registry.registerCustom("protected.sit  in"))
                .hasMessageContaining("same kind protected.sit_in");
        // a different kind is fine
        assertThat(registry.registerCustom("protected.sit_down").code()).isEqualTo("protected.sit_down");
    }

    @Test
    void unknownKindsListCloseMatches() {
        assertThatThrownBy(() -> registry.lookup("adverse.arest"))
                .isInstanceOf(UnknownEventKindException.class)
                .hasMessageStartingWith("'adverse.arest' is not a known event kind; did you mean adverse.arrest");
        UnknownEventKindException e = catchUnknown("arrest");
        assertThat(e.closeMatches()).extracting(EventKind::code).first().isEqualTo("adverse.arrest");
        assertThat(catchUnknown("protected.press").closeMatches())
                .extracting(EventKind::code)
                .contains("protected.press_conference");
        assertThat(catchUnknown("adverse.stop").closeMatches())
                .extracting(EventKind::code)
                .contains("adverse.traffic_stop");
        assertThat(catchUnknown("zzzzzzzzzzzzzz").getMessage()).contains("register it first");
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertThat(EventKindRegistry.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(EventKindRegistry.editDistance("", "abc")).isEqualTo(3);
        assertThat(EventKindRegistry.editDistance("same", "same")).isZero();
    }

    @Test
    void eventsCopyTheirPeopleAndMatchNamesLoosely() {
        List<String> people = new java.util.ArrayList<>(List.of("Ana Ruiz"));
        Event e = new Event("e1", EventDate.parse("2017"), EventKind.KNOWLEDGE, people, null);
        people.add("someone else");
        assertThat(e.people()).containsExactly("Ana Ruiz");
        assertThat(e.concerns(" ana ruiz")).isTrue();
        assertThat(e.description()).isEmpty();
    }

    private UnknownEventKindException catchUnknown(String code) {
        try {
            registry.lookup(code);
        } catch (UnknownEventKindException e) {
            return e;
        }
        throw new AssertionError("expected " + code + " to be unknown");
    }
}
