package org.redress.application.entities;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.core.NotFound;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;

/**
 * {@code entity:"NAME"} in search: the pages that mention a named entity by its canonical name (after the team's
 * renames and merges; hidden entities name nothing), and the facet of the entities on most pages. The store is asked
 * at every search, so a rename or a merge shows at once.
 */
public final class EntityPages implements PageSetField {
    /** The facet lists the entities on most pages; a long tail would make every search slower for nothing. */
    static final int FACET_SIZE = 30;

    private final Supplier<EntityService> entities;

    /** A supplier, because the case opens the entity store on first use and a search may never need it. */
    public EntityPages(Supplier<EntityService> entities) {
        this.entities = entities;
    }

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public Set<PageRef> pages(String value) {
        var found = entities.get().pagesMentioning(value == null ? "" : value.strip());
        if (found.isEmpty())
            throw new NotFound("entity: names no entity found in the records (`redress entities list` or the facet"
                    + " lists them)");
        Set<PageRef> out = new LinkedHashSet<>();
        found.forEach(p -> out.add(new PageRef(p.documentId(), p.page())));
        return out;
    }

    @Override
    public Map<String, Set<PageRef>> values() {
        EntityService service = entities.get();
        Map<String, Set<PageRef>> out = new LinkedHashMap<>();
        for (EntityService.FacetCount f : service.facet(null, FACET_SIZE)) {
            Set<PageRef> pages = out.computeIfAbsent(f.name(), k -> new LinkedHashSet<>());
            service.pagesMentioning(f.name()).forEach(p -> pages.add(new PageRef(p.documentId(), p.page())));
        }
        return out;
    }
}
