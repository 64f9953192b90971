package org.redress.app.web.home;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redress.app.demo.DemoProduction;
import org.redress.app.wiring.CaseServices;
import org.redress.application.requests.RequestDeadlines;
import org.redress.application.requests.RequestService;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Source;
import org.redress.core.home.HomeVisit;
import org.redress.core.mentions.Mention;
import org.redress.core.mentions.MentionStatus;
import org.redress.core.searches.SavedSearchHits;

/**
 * What the home page says about the case at one visit. New is what arrived after {@link HomeVisit#since}: the sources
 * ingested since, and the hits still to review in their documents. The deadlines are the requests page's (overdue,
 * and closing within {@link RequestDeadlines#DEFAULT_SOON_DAYS} days); the saved searches with new hits are those a
 * production brought since each was last reviewed.
 */
public record CaseHome(
        CaseStatus status,
        int people,
        int events,
        int requests,
        Instant since,
        boolean firstVisit,
        List<Source> newSources,
        long newHits,
        long hitsWaiting,
        List<RequestService.Listed> overdue,
        List<RequestService.Listed> closingSoon,
        List<SavedSearchHits> searchAlerts,
        boolean guide) {

    public boolean nothingNew() {
        return newSources.isEmpty()
                && newHits == 0
                && overdue.isEmpty()
                && closingSoon.isEmpty()
                && searchAlerts.isEmpty();
    }

    static CaseHome of(CaseServices services, Clock clock, HomeVisit visit) {
        List<Source> sources = services.documents().sources();
        List<Source> fresh = sources.stream()
                .filter(s -> s.ingestedAt() != null && s.ingestedAt().isAfter(visit.since()))
                .toList();
        Set<String> freshDocuments = new HashSet<>();
        for (Source s : fresh)
            for (Location l : services.documents().locationsOfSource(s.id())) freshDocuments.add(l.documentId());
        List<Mention> waiting = services.folder().mentions().mentions(null, MentionStatus.NEW);
        long newHits = waiting.stream()
                .filter(m -> freshDocuments.contains(m.documentId()))
                .count();
        RequestService requests = services.requests(clock, RequestDeadlines.DEFAULT_SOON_DAYS);
        List<RequestService.Listed> listed = requests.list(false);
        boolean demo = sources.stream().anyMatch(s -> s.name().equals(DemoProduction.SOURCE));
        return new CaseHome(
                services.documents().status(),
                services.caseModel().store().people().size(),
                services.caseModel().store().events().size(),
                listed.size(),
                visit.since(),
                visit.firstVisit(),
                fresh,
                newHits,
                waiting.size(),
                listed.stream().filter(l -> l.schedule().overdue()).toList(),
                listed.stream()
                        .filter(l -> !l.schedule().overdue() && l.schedule().closingSoon())
                        .toList(),
                services.savedSearches().withNewHits(), // new hits since each search was last reviewed
                demo && !visit.guideDismissed());
    }
}
