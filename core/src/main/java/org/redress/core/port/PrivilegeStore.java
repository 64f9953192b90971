package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/** The case's privilege marks, one at most per item. Every write is atomic. */
public interface PrivilegeStore extends AutoCloseable {

    /** Marks the item, replacing an earlier mark of it (another kind, another reason). */
    void mark(PrivilegeMark mark);

    /** Lifts the mark of the item; false when it had none. */
    boolean unmark(PrivilegedItem item);

    /** Every mark, documents first, each kind of item by id. */
    List<PrivilegeMark> marks();

    default Optional<PrivilegeMark> markOf(PrivilegedItem item) {
        return marks().stream().filter(m -> m.item().equals(item)).findFirst();
    }

    /** The ids of the documents under a mark. */
    default Set<String> privilegedDocuments() {
        return ids(PrivilegedItem.Target.DOCUMENT);
    }

    /** The ids of the findings whose note is under a mark. */
    default Set<Long> privilegedFindings() {
        return ids(PrivilegedItem.Target.FINDING).stream().map(Long::parseLong).collect(Collectors.toUnmodifiableSet());
    }

    private Set<String> ids(PrivilegedItem.Target target) {
        return marks().stream()
                .map(PrivilegeMark::item)
                .filter(i -> i.target() == target)
                .map(PrivilegedItem::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    void close();
}
