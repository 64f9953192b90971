package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.core.UserMistake;

class CaseNameTest {
    @Test
    void whatPeopleTypeIsFoldedToOneNameAndOneSchema() {
        assertThat(CaseName.of("  Smith v ICE ")).isEqualTo(CaseName.of("smith-v-ice"));
        assertThat(CaseName.of("Smith__v--ICE").value()).isEqualTo("smith_v_ice");
        assertThat(CaseName.of("Smith v ICE").schema()).isEqualTo("case_smith_v_ice");
        assertThat(CaseName.ofSchema("case_smith_v_ice")).isEqualTo(CaseName.of("smith v ice"));
        assertThat(CaseName.ofSchema("public")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "x\"; DROP SCHEMA public CASCADE; --",
                "a.b",
                "o'brien",
                "caf\u00e9",
                "-leading",
                "search_path=x"
            })
    void anythingButLettersDigitsAndSeparatorsIsRefusedWithoutRepeatingIt(String typed) {
        assertThatThrownBy(() -> CaseName.of(typed))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("a case name is")
                .satisfies(e -> {
                    if (!typed.isBlank()) assertThat(e.getMessage()).doesNotContain(typed.strip());
                });
    }

    @Test
    void aNameTooLongForAPostgresIdentifierIsRefused() {
        assertThat(CaseName.of("a".repeat(58)).schema()).hasSize(63);
        assertThatThrownBy(() -> CaseName.of("a".repeat(59))).isInstanceOf(UserMistake.class);
        assertThatThrownBy(() -> CaseName.of(null)).isInstanceOf(UserMistake.class);
    }
}
