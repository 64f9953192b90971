package org.redress.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeKind;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;
import org.redress.core.users.Role;
import org.redress.core.users.UserName;
import org.redress.store.sqlite.SqlitePrivilegeStore;
import org.redress.store.sqlite.SqliteReuseStore;

/**
 * What a role may not reach is read once per request (its {@link ActingUser} scope) from the case's SQLite marks,
 * and read again at once after a mark is made or lifted through the case, so no request sees a marked document.
 */
class VisibilityTest {
    private static final String LETTER = "a".repeat(64);
    private static final String MEMO = "b".repeat(64);

    @TempDir
    Path tmp;

    private SqlitePrivilegeStore marks;
    private SqliteReuseStore reuse;
    private final AtomicInteger reads = new AtomicInteger();
    private Visibility visibility;
    private PrivilegeStore marking;

    @BeforeEach
    void aCaseWithAPrivilegedLetter() {
        marks = SqlitePrivilegeStore.open(tmp.resolve("case.db"));
        reuse = SqliteReuseStore.open(tmp.resolve("case.db"));
        PrivilegeStore counted = new CountedReads(marks, reads);
        visibility = new Visibility(() -> counted, () -> reuse);
        marking = visibility.privileges(marks);
        marking.mark(mark(LETTER));
    }

    @AfterEach
    void close() {
        marks.close();
        reuse.close();
    }

    private static PrivilegeMark mark(String document) {
        return new PrivilegeMark(
                PrivilegedItem.document(document), PrivilegeKind.ATTORNEY_CLIENT, "ana", Instant.now(), "");
    }

    private static ActingUser.Scope actAs(Role role) {
        return ActingUser.begin(new Principal(UserName.of("lena"), role, List.of()));
    }

    @Test
    void oneRequestReadsTheMarksOnce() {
        try (ActingUser.Scope scope = actAs(Role.REPORTER)) {
            assertThat(visibility.hides(LETTER)).isTrue();
            assertThat(visibility.hides(MEMO)).isFalse();
            assertThat(visibility.hiddenDocuments()).containsExactly(LETTER);
            assertThat(visibility.visible(List.of(LETTER, MEMO), d -> d)).containsExactly(MEMO);
            assertThat(visibility.hiddenNotes()).isEmpty();
            assertThat(reads).hasValue(1);
        }
        try (ActingUser.Scope scope = actAs(Role.REPORTER)) {
            assertThat(visibility.hides(LETTER)).isTrue();
            assertThat(reads).hasValue(2); // the next request reads them again: another process may have marked
        }
    }

    @Test
    void aMarkMadeOrLiftedCountsAtOnceWithinTheRequest() {
        try (ActingUser.Scope scope = actAs(Role.VIEWER)) {
            assertThat(visibility.hides(MEMO)).isFalse();
            marking.mark(mark(MEMO));
            assertThat(visibility.hides(MEMO)).isTrue();
            marking.unmark(PrivilegedItem.document(LETTER));
            assertThat(visibility.hiddenDocuments()).containsExactly(MEMO);
            assertThat(reads).hasValue(3);
        }
    }

    @Test
    void whoSeesEverythingReadsNothing() {
        assertThat(visibility.hides(LETTER)).isFalse();
        try (ActingUser.Scope scope = actAs(Role.ATTORNEY)) {
            assertThat(visibility.hiddenDocuments()).isEmpty();
            assertThat(Access.asCase(() -> visibility.hides(LETTER))).isFalse();
        }
        try (ActingUser.Scope scope = actAs(Role.ADMIN)) {
            assertThat(visibility.hides(LETTER))
                    .isFalse(); // an admin sees privileged documents, not private references
        }
        assertThat(reads).hasValue(0); // an admin's view leaves out only the private references: no mark is read
    }

    /** The real store, counting how often its marks are read. */
    private record CountedReads(PrivilegeStore store, AtomicInteger reads) implements PrivilegeStore {
        @Override
        public void mark(PrivilegeMark mark) {
            store.mark(mark);
        }

        @Override
        public boolean unmark(PrivilegedItem item) {
            return store.unmark(item);
        }

        @Override
        public List<PrivilegeMark> marks() {
            reads.incrementAndGet();
            return store.marks();
        }

        @Override
        public void close() {}
    }
}
