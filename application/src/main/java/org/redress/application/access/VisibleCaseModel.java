package org.redress.application.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Organisation;
import org.redress.core.port.CaseModelStore;

/**
 * The case model as the acting role may see it: citations of hidden documents are left out of events, a privileged
 * finding's note comes back blank, and a role that may not see the watch-list sees nobody as watched. Whatever such a
 * role saves keeps what it could not see: a person's place on the watch-list, an event's hidden citations.
 */
final class VisibleCaseModel implements CaseModelStore {
    private final CaseModelStore store;
    private final Visibility visibility;

    VisibleCaseModel(CaseModelStore store, Visibility visibility) {
        this.store = store;
        this.visibility = visibility;
    }

    private static CasePerson unwatched(CasePerson p) {
        return p.watched() ? p.withWatched(false) : p;
    }

    @Override
    public List<CasePerson> people() {
        List<CasePerson> all = store.people();
        if (Access.seesWatchList()) return all;
        return all.stream().map(VisibleCaseModel::unwatched).toList();
    }

    @Override
    public Optional<CasePerson> person(String nameOrAlias) {
        Optional<CasePerson> p = store.person(nameOrAlias);
        return Access.seesWatchList() ? p : p.map(VisibleCaseModel::unwatched);
    }

    @Override
    public List<Organisation> organisations() {
        return store.organisations();
    }

    @Override
    public List<CaseEvent> events() {
        List<CaseEvent> all = store.events();
        if (visibility.seesAll()) return all;
        Set<String> hidden = visibility.hiddenDocuments();
        return all.stream().map(e -> visible(e, hidden)).toList();
    }

    @Override
    public Optional<CaseEvent> event(String id) {
        Optional<CaseEvent> e = store.event(id);
        if (visibility.seesAll()) return e;
        Set<String> hidden = visibility.hiddenDocuments();
        return e.map(event -> visible(event, hidden));
    }

    private static CaseEvent visible(CaseEvent e, Set<String> hidden) {
        if (hidden.isEmpty() || e.citations().stream().noneMatch(c -> cites(c, hidden))) return e;
        return e.withCitations(
                e.citations().stream().filter(c -> !cites(c, hidden)).toList());
    }

    private static boolean cites(Citation c, Set<String> hidden) {
        return c.documentId() != null && hidden.contains(c.documentId());
    }

    @Override
    public List<CaseEvent> saveAll(List<CasePerson> people, List<Organisation> organisations, List<CaseEvent> events) {
        if (visibility.seesAll()) return store.saveAll(people, organisations, events);
        List<CasePerson> kept = new ArrayList<>();
        for (CasePerson p : people)
            kept.add(
                    Access.seesWatchList()
                            ? p
                            : store.person(p.name())
                                    .map(old -> p.withWatched(old.watched()))
                                    .orElse(p));
        Set<String> hidden = visibility.hiddenDocuments();
        List<CaseEvent> whole = new ArrayList<>();
        for (CaseEvent e : events) whole.add(withHiddenCitations(e, hidden));
        return store.saveAll(kept, organisations, whole).stream()
                .map(e -> visible(e, hidden))
                .toList();
    }

    /** The event with the stored citations of hidden documents it was shown without. */
    private CaseEvent withHiddenCitations(CaseEvent e, Set<String> hidden) {
        if (hidden.isEmpty() || e.id() == null || e.id().isBlank()) return e;
        List<Citation> unseen = store.event(e.id())
                .map(old ->
                        old.citations().stream().filter(c -> cites(c, hidden)).toList())
                .orElse(List.of());
        if (unseen.isEmpty()) return e;
        List<Citation> all = new ArrayList<>(e.citations());
        all.addAll(unseen);
        return e.withCitations(all);
    }

    @Override
    public Citation addCitation(String eventId, Citation citation) {
        return store.addCitation(eventId, citation);
    }

    @Override
    public Optional<Citation> citation(long id) {
        return store.citation(id).filter(c -> !visibility.hides(c.documentId()));
    }

    @Override
    public void saveClaim(Claim claim) {
        store.saveClaim(claim);
    }

    @Override
    public List<Claim> claims() {
        return store.claims();
    }

    @Override
    public Optional<Claim> claim(String id) {
        return store.claim(id);
    }

    @Override
    public Finding addFinding(Finding finding) {
        return store.addFinding(finding);
    }

    /**
     * The findings, without those whose evidence the role may not reach (a citation of a hidden document, a hit of
     * the watch-list): counted as support, they would tell that the evidence exists. A privileged note reads blank.
     */
    @Override
    public List<Finding> findings() {
        List<Finding> all = store.findings();
        if (visibility.seesAll()) return all;
        Set<Long> hidden = visibility.hiddenNotes();
        Set<String> hiddenDocuments = visibility.hiddenDocuments();
        boolean watchList = Access.seesWatchList();
        Map<Long, Boolean> citesHidden = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            if (f.mentionId() != null && !watchList) continue;
            if (f.citationId() != null
                    && citesHidden.computeIfAbsent(
                            f.citationId(),
                            id -> store.citation(id)
                                    .map(c -> cites(c, hiddenDocuments))
                                    .orElse(false))) continue;
            out.add(hidden.contains(f.id()) ? blank(f) : f);
        }
        return out;
    }

    private static Finding blank(Finding f) {
        return new Finding(
                f.id(), f.claimId(), f.elementId(), f.eventId(), f.citationId(), f.weight(), "", f.mentionId());
    }
}
