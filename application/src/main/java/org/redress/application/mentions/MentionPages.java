package org.redress.application.mentions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.redress.analysis.names.NameMatcher;
import org.redress.core.NotFound;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.mentions.Mention;
import org.redress.core.port.CaseModelStore;
import org.redress.core.port.MentionStore;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;

/**
 * {@code person:"NAME"} in search: the pages that name a watched person (by name or alias) by a hit that counts (not
 * rejected, and confirmed or at the threshold), and the facet of every watched person. The stores are asked at every
 * search, so a review shows at once.
 */
public final class MentionPages implements PageSetField {
    private final Supplier<MentionStore> mentions;
    private final Supplier<CaseModelStore> people;

    /** Suppliers, because the case opens these stores on first use and a search may never need them. */
    public MentionPages(Supplier<MentionStore> mentions, Supplier<CaseModelStore> people) {
        this.mentions = mentions;
        this.people = people;
    }

    @Override
    public String name() {
        return "person";
    }

    @Override
    public Set<PageRef> pages(String value) {
        String person = people.get()
                .person(value == null ? "" : value.strip())
                .filter(CasePerson::watched)
                .map(CasePerson::name)
                .orElseThrow(() -> new NotFound("person: names no watched person of the case (the People page lists"
                        + " them; the name is left out of this message, as the watch list always is)"));
        return pagesOf(mentions.get().mentions(person, null));
    }

    @Override
    public Map<String, Set<PageRef>> values() {
        Map<String, Set<PageRef>> out = new LinkedHashMap<>();
        for (CasePerson p : people.get().people()) {
            if (p.watched()) out.put(p.name(), new HashSet<>());
        }
        for (Mention m : mentions.get().mentions(null, null)) {
            Set<PageRef> pages = out.get(m.person());
            if (pages != null && m.counts(NameMatcher.THRESHOLD)) pages.add(new PageRef(m.documentId(), m.page()));
        }
        return out;
    }

    private static Set<PageRef> pagesOf(Iterable<Mention> hits) {
        Set<PageRef> out = new HashSet<>();
        for (Mention m : hits) {
            if (m.counts(NameMatcher.THRESHOLD)) out.add(new PageRef(m.documentId(), m.page()));
        }
        return out;
    }
}
