package org.redress.core.privilege;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;

class PrivilegeKindTest {
    @Test
    void aKindIsReadAsPeopleTypeIt() {
        assertThat(PrivilegeKind.fromCode("attorney-client")).isEqualTo(PrivilegeKind.ATTORNEY_CLIENT);
        assertThat(PrivilegeKind.fromCode("attorney_client")).isEqualTo(PrivilegeKind.ATTORNEY_CLIENT);
        assertThat(PrivilegeKind.fromCode(" Attorney Client ")).isEqualTo(PrivilegeKind.ATTORNEY_CLIENT);
        assertThat(PrivilegeKind.fromCode("WORK_PRODUCT")).isEqualTo(PrivilegeKind.WORK_PRODUCT);
        assertThat(PrivilegeKind.WORK_PRODUCT.code()).isEqualTo("work-product");
    }

    @Test
    void anotherKindIsRefusedSayingWhichThereAre() {
        assertThatThrownBy(() -> PrivilegeKind.fromCode("secret"))
                .isInstanceOf(UserMistake.class)
                .hasMessage("a privilege is attorney-client or work-product");
        assertThatThrownBy(() -> PrivilegeKind.fromCode(null)).isInstanceOf(UserMistake.class);
    }

    @Test
    void anItemIsADocumentByItsHashOrAFindingByItsNumber() {
        String id = "A".repeat(64);
        assertThat(PrivilegedItem.document(id).id()).isEqualTo("a".repeat(64));
        assertThat(PrivilegedItem.finding(12).findingId()).isEqualTo(12);
        assertThatThrownBy(() -> PrivilegedItem.document("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrivilegedItem(PrivilegedItem.Target.FINDING, "0"))
                .isInstanceOf(UserMistake.class);
    }
}
