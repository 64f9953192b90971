package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a login may send the reader back to: a page of this server only, never another site. */
class UserGateTest {
    @Test
    void aLoginGoesBackToAPageOfThisServerOnly() {
        assertThat(UserGate.localPath("/documents/3fa9?page=2")).isEqualTo("/documents/3fa9?page=2");
        assertThat(UserGate.localPath("/")).isEqualTo("/");
        for (String elsewhere : new String[] {
            null,
            "",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "people",
            "/people\r\nSet-Cookie: x=y"
        }) {
            assertThat(UserGate.localPath(elsewhere))
                    .as(String.valueOf(elsewhere))
                    .isEqualTo("/");
        }
    }
}
