package org.redress.core.corpus;

import java.util.List;
import org.redress.core.port.DocumentStore;

/** Paths as people read them: an attachment shows the email and mailbox it sits in. */
public final class DisplayPaths {
    public static final String SEPARATOR = " › ";
    private static final int MAX_DEPTH = 32;

    private DisplayPaths() {}

    public static String of(DocumentStore store, Location location) {
        StringBuilder path = new StringBuilder(location.path());
        Location current = location;
        for (int depth = 0; current.parentId() != null && depth < MAX_DEPTH; depth++) {
            List<Location> parents = store.locations(current.parentId());
            if (parents.isEmpty()) break;
            current = parents.get(0);
            path.insert(0, current.path() + SEPARATOR);
        }
        return path.toString();
    }
}
