package org.redress.application.access;

import java.util.List;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;

/**
 * The case's privilege marks, each write of which tells the case's {@link Visibility}, so that no request goes on
 * seeing what a mark made a moment ago hides (nor hiding what a lifted one shows).
 */
final class MarkedPrivileges implements PrivilegeStore {
    private final PrivilegeStore store;
    private final Visibility visibility;

    MarkedPrivileges(PrivilegeStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public void mark(PrivilegeMark mark) {
        try {
            store.mark(mark);
        } finally {
            visibility.changed();
        }
    }

    @Override
    public boolean unmark(PrivilegedItem item) {
        try {
            return store.unmark(item);
        } finally {
            visibility.changed();
        }
    }

    @Override
    public List<PrivilegeMark> marks() {
        return store.marks();
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
