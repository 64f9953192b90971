package org.redress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/** What every privilege store must do: one mark per item, replaced, lifted, read back whole after reopening. */
public abstract class PrivilegeStoreContract {
    @TempDir
    protected Path dir;

    protected PrivilegeStore store;

    protected abstract PrivilegeStore open(Path dir);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");

    private static String doc(String content) {
        return Sha256.of(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMarkIsKeptWithItsKindWhoWhenAndReasonAndReadBackAfterReopening() {
        String a = doc("a");
        store.mark(new PrivilegeMark(
                PrivilegedItem.document(a), PrivilegeKind.ATTORNEY_CLIENT, "ana", AT, "Letter to counsel, Ruiz"));
        store.mark(new PrivilegeMark(PrivilegedItem.finding(12), PrivilegeKind.WORK_PRODUCT, "ben", AT, null));
        store.close();
        store = open(dir);
        assertThat(store.marks())
                .containsExactly(
                        new PrivilegeMark(
                                PrivilegedItem.document(a),
                                PrivilegeKind.ATTORNEY_CLIENT,
                                "ana",
                                AT,
                                "Letter to counsel, Ruiz"),
                        new PrivilegeMark(PrivilegedItem.finding(12), PrivilegeKind.WORK_PRODUCT, "ben", AT, ""));
        assertThat(store.privilegedDocuments()).containsExactly(a);
        assertThat(store.privilegedFindings()).containsExactly(12L);
        assertThat(store.markOf(PrivilegedItem.finding(12))).isPresent();
        assertThat(store.markOf(PrivilegedItem.finding(13))).isEmpty();
    }

    @Test
    void markingAgainReplacesTheMarkAndUnmarkingLiftsIt() {
        String a = doc("a");
        String b = doc("b");
        store.mark(new PrivilegeMark(PrivilegedItem.document(a), PrivilegeKind.ATTORNEY_CLIENT, "ana", AT, "first"));
        store.mark(new PrivilegeMark(PrivilegedItem.document(b), PrivilegeKind.ATTORNEY_CLIENT, "ana", AT, ""));
        store.mark(new PrivilegeMark(
                PrivilegedItem.document(a), PrivilegeKind.WORK_PRODUCT, "ben", AT.plusSeconds(60), "second"));
        assertThat(store.marks()).hasSize(2);
        assertThat(store.markOf(PrivilegedItem.document(a))).get().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(PrivilegeKind.WORK_PRODUCT);
            assertThat(m.by()).isEqualTo("ben");
            assertThat(m.reason()).isEqualTo("second");
            assertThat(m.at()).isEqualTo(AT.plusSeconds(60));
        });
        assertThat(store.unmark(PrivilegedItem.document(a))).isTrue();
        assertThat(store.unmark(PrivilegedItem.document(a))).isFalse();
        assertThat(store.unmark(PrivilegedItem.finding(1))).isFalse();
        assertThat(store.privilegedDocuments()).containsExactly(b);
    }

    @Test
    void documentsComeBeforeFindingsAndFindingsGoByNumber() {
        store.mark(new PrivilegeMark(PrivilegedItem.finding(10), PrivilegeKind.WORK_PRODUCT, "a", AT, ""));
        store.mark(new PrivilegeMark(PrivilegedItem.finding(9), PrivilegeKind.WORK_PRODUCT, "a", AT, ""));
        store.mark(new PrivilegeMark(PrivilegedItem.document(doc("x")), PrivilegeKind.WORK_PRODUCT, "a", AT, ""));
        assertThat(store.marks())
                .extracting(m -> m.item().target().code() + ":" + m.item().id())
                .containsExactly("document:" + doc("x"), "finding:9", "finding:10");
    }
}
