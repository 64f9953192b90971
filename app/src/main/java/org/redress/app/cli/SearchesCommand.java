package org.redress.app.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.searches.SavedSearchHits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "searches",
        mixinStandardHelpOptions = true,
        description = {
            "The saved searches (saved on the search page of redress serve) and how many new hits each has:",
            "pages it matched for the first time after a later production, not yet marked seen on /searches."
        })
final class SearchesCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(
            names = "--json",
            description = "Print one JSON document: {searches: [{id, name, query, filters, created, newHits}]}.")
    boolean json;

    /** One saved search as --json prints it. */
    record SearchJson(long id, String name, String query, Map<String, String> filters, Instant created, int newHits) {}

    record ListJson(List<SearchJson> searches) {}

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            List<SavedSearchHits> all = c.savedSearches().list();
            if (json) {
                System.out.println(Json.write(new ListJson(all.stream()
                        .map(s -> new SearchJson(
                                s.search().id(),
                                s.search().name(),
                                s.search().query(),
                                s.search().filters(),
                                s.search().created(),
                                s.newHits()))
                        .toList())));
                return 0;
            }
            if (all.isEmpty()) {
                System.out.println("No saved searches. Save one from the search page of redress serve.");
                return 0;
            }
            for (SavedSearchHits s : all) {
                System.out.printf(
                        "%d. %s: %s%s — %s%n",
                        s.search().id(),
                        s.search().name(),
                        s.search().query(),
                        s.search().filters().isEmpty() ? "" : " " + s.search().filters(),
                        Count.of(s.newHits(), "new hit", "new hits"));
            }
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return AuditNote.of(AuditAction.SEARCHES_VIEW);
    }
}
