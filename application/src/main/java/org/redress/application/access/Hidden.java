package org.redress.application.access;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.redress.core.port.PrivilegeStore;
import org.redress.core.port.ReuseStore;
import org.redress.core.privilege.PrivilegeMark;
import org.redress.core.privilege.PrivilegedItem;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceSource;

/**
 * What one role may not reach in a case, read once: the documents and findings' notes under a privilege mark (when it
 * does not see privileged material), and the private reference sources and their documents (when it does not see the
 * watch-list). {@code generation} is the case's count of changes when it was read, so a later change makes it stale.
 */
record Hidden(
        long generation,
        boolean seesPrivileged,
        boolean seesWatchList,
        Set<String> documents,
        Set<Long> notes,
        Set<Long> sources) {
    /** Unmodifiable, and asked of a null id without failing (a failure may be on no document). */
    Hidden {
        documents = Collections.unmodifiableSet(new HashSet<>(documents));
        notes = Collections.unmodifiableSet(new HashSet<>(notes));
        sources = Collections.unmodifiableSet(new HashSet<>(sources));
    }

    static Hidden read(
            long generation,
            boolean seesPrivileged,
            boolean seesWatchList,
            PrivilegeStore privileges,
            ReuseStore reuse) {
        Set<String> documents = new HashSet<>();
        Set<Long> notes = new HashSet<>();
        Set<Long> sources = new HashSet<>();
        if (!seesPrivileged) {
            for (PrivilegeMark m : privileges.marks()) { // one read for both kinds of item
                PrivilegedItem item = m.item();
                if (item.target() == PrivilegedItem.Target.DOCUMENT) documents.add(item.id());
                else notes.add(Long.parseLong(item.id()));
            }
        }
        if (!seesWatchList) {
            for (ReferenceDocument r : reuse.references()) if (r.isPrivate()) documents.add(r.documentId());
            for (ReferenceSource s : reuse.referenceSources()) if (s.isPrivate()) sources.add(s.sourceId());
        }
        return new Hidden(generation, seesPrivileged, seesWatchList, documents, notes, sources);
    }

    /** Whether this was read for the same role's view of the case as it stands now. */
    boolean holdsFor(long now, boolean privileged, boolean watchList) {
        return generation == now && seesPrivileged == privileged && seesWatchList == watchList;
    }
}
