package org.redress.application.access;

import java.util.Map;
import java.util.Set;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;

/**
 * A search field over the watch-list ({@code person:}) for the acting role: a role that may not see the watch-list is
 * refused the field and counts no facet of it, so its searches work and say nothing of who is watched.
 */
public final class WatchListField implements PageSetField {
    private final PageSetField field;

    public WatchListField(PageSetField field) {
        this.field = field;
    }

    @Override
    public String name() {
        return field.name();
    }

    @Override
    public Set<PageRef> pages(String value) {
        Access.requireWatchList("searching by a watched person");
        return field.pages(value);
    }

    @Override
    public Map<String, Set<PageRef>> values() {
        return Access.seesWatchList() ? field.values() : Map.of();
    }
}
