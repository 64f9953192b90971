package org.redress.application.casemodel;

import java.util.List;
import org.redress.analysis.retaliation.ClusteringAnalysis;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.analysis.retaliation.Naming;
import org.redress.analysis.retaliation.ProximityAnalysis;
import org.redress.analysis.retaliation.ProximityReport;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.chronology.Event;
import org.redress.core.chronology.Person;
import org.redress.core.port.CaseModelStore;

/** The retaliation analyses run on the case's stored people and events. */
public final class CaseAnalysis {
    private CaseAnalysis() {}

    public static List<Person> people(CaseModelStore store) {
        return store.people().stream().map(CasePerson::toPerson).toList();
    }

    public static List<Event> events(CaseModelStore store) {
        return store.events().stream().map(CaseEvent::toEvent).toList();
    }

    public static ProximityReport proximity(CaseModelStore store) {
        return ProximityAnalysis.run(events(store), people(store));
    }

    /** With the pages of the records that name the subjects, for the agency's first knowledge of each. */
    public static ProximityReport proximity(CaseModelStore store, List<Naming> namings) {
        return ProximityAnalysis.run(events(store), people(store), namings);
    }

    public static ClusteringResult clustering(CaseModelStore store, int windowDays, int permutations, long seed) {
        return ClusteringAnalysis.run(events(store), people(store), windowDays, permutations, seed);
    }
}
