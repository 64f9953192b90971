package org.redress.application.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntitySpan;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.core.port.EntityStore;

/**
 * The named entities as the acting role may see them: none on a hidden document's pages, and no entity that only
 * hidden documents name (a name read only in a privileged letter says what the letter holds). An entity's counts
 * still count every page. Recognition and the team's decisions go straight through.
 */
final class VisibleEntities implements EntityStore {
    private final EntityStore store;
    private final Visibility visibility;

    VisibleEntities(EntityStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    @Override
    public List<PageRef> pagesToRecognise(String version, int limit) {
        return store.pagesToRecognise(version, limit);
    }

    @Override
    public long countPagesToRecognise(String version) {
        return store.countPagesToRecognise(version);
    }

    @Override
    public int savePage(PageRef page, String version, List<FoundEntity> found) {
        return store.savePage(page, version, found);
    }

    @Override
    public List<Entity> entities(EntityType type, boolean includeHidden) {
        List<Entity> all = store.entities(type, includeHidden);
        Set<String> hidden = visibility.hiddenDocuments();
        if (hidden.isEmpty()) return all;
        return all.stream().filter(e -> named(e.id(), hidden)).toList();
    }

    /** Whether some page the role may see names the entity. */
    private boolean named(long entityId, Set<String> hidden) {
        return store.pagesMentioning(entityId).stream().anyMatch(p -> !hidden.contains(p.documentId()));
    }

    @Override
    public Optional<Entity> entity(long id) {
        Optional<Entity> e = store.entity(id);
        Set<String> hidden = visibility.hiddenDocuments();
        return hidden.isEmpty() ? e : e.filter(found -> named(found.id(), hidden));
    }

    @Override
    public List<Entity> withName(String key) {
        List<Entity> all = store.withName(key);
        Set<String> hidden = visibility.hiddenDocuments();
        if (hidden.isEmpty()) return all;
        return all.stream().filter(e -> named(e.id(), hidden)).toList();
    }

    @Override
    public void rename(long id, String name) {
        store.rename(id, name);
    }

    @Override
    public void merge(long into, long from) {
        store.merge(into, from);
    }

    @Override
    public void setHidden(long id, boolean hidden) {
        store.setHidden(id, hidden);
    }

    @Override
    public List<PageRef> pagesMentioning(long entityId) {
        return visibility.visible(store.pagesMentioning(entityId), PageRef::documentId);
    }

    @Override
    public List<EntitySpan> spans(String documentId, int page) {
        return visibility.hides(documentId) ? List.of() : store.spans(documentId, page);
    }

    /** The store belongs to the case; closing a view of it closes nothing. */
    @Override
    public void close() {}
}
