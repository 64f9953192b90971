package org.redress.core.port;

import java.util.List;
import java.util.Optional;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Organisation;

/**
 * The case's people, organisations, events with their citations, claims and findings. Every write is atomic:
 * {@link #saveAll} stores everything it is given or, on any failure, nothing.
 */
public interface CaseModelStore {

    List<CasePerson> people();

    /** A person by name or alias (case ignored). */
    Optional<CasePerson> person(String nameOrAlias);

    List<Organisation> organisations();

    /** Events in chronological order (by {@code EventDate.sortKey()}, then id). */
    List<CaseEvent> events();

    Optional<CaseEvent> event(String id);

    /**
     * Stores people (replacing a person of the same name), organisations (same) and events (replacing an event
     * of the same id together with its people and citations) in one transaction. Events with a blank id get the
     * next free id {@code E<n>}. Returns the events as stored.
     */
    List<CaseEvent> saveAll(List<CasePerson> people, List<Organisation> organisations, List<CaseEvent> events);

    default CaseEvent saveEvent(CaseEvent event) {
        return saveAll(List.of(), List.of(), List.of(event)).get(0);
    }

    default void savePerson(CasePerson person) {
        saveAll(List.of(person), List.of(), List.of());
    }

    /** Adds a citation to an existing event; returns it with its id. */
    Citation addCitation(String eventId, Citation citation);

    Optional<Citation> citation(long id);

    /** Stores or replaces a claim with its elements. */
    void saveClaim(Claim claim);

    List<Claim> claims();

    Optional<Claim> claim(String id);

    /** Adds a finding; returns it with its id. */
    Finding addFinding(Finding finding);

    List<Finding> findings();
}
