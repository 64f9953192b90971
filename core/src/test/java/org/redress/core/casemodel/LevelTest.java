package org.redress.core.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;

class LevelTest {
    @Test
    void levelsAsPeopleTypeThem() {
        assertThat(Level.fromText(" HQ ")).isEqualTo(Level.HEADQUARTERS);
        assertThat(Level.fromText("Field_Office")).isEqualTo(Level.FIELD_OFFICE);
        assertThat(Level.fromText("the field office")).isEqualTo(Level.FIELD_OFFICE);
        assertThat(Level.fromText("Regional office")).isEqualTo(Level.AREA_OFFICE);
        assertThat(Level.fromText("area-office")).isEqualTo(Level.AREA_OFFICE);
        assertThat(Level.fromText("Another agency")).isEqualTo(Level.OTHER_AGENCY);
        assertThat(Level.fromText("sede central")).isEqualTo(Level.HEADQUARTERS);
        assertThat(Level.fromText("  ")).isNull();
        for (Level l : Level.values()) assertThat(Level.fromText(l.code())).isEqualTo(l);
        assertThatThrownBy(() -> Level.fromText("basement"))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("'basement' is not a level");
    }

    @Test
    void aPersonsKnownAddressesAreTheirAliasesThatAreAddresses() {
        CasePerson p = new CasePerson(
                        "Ana Ruiz", java.util.List.of("Ana", "ARuiz@Ice.Example.gov"), Role.OFFICIAL, "ICE", false, "")
                .withLevel(Level.HEADQUARTERS);
        assertThat(p.addresses()).containsExactly("aruiz@ice.example.gov");
        assertThat(p.withWatched(true).level()).isEqualTo(Level.HEADQUARTERS);
    }
}
