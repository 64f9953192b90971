package org.redress.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.json.SearchJson;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the pages of the case.",
            "Words, \"phrases\", \"dmv ice\"~10 (near), arrest* (wildcard), Balcazar~ (fuzzy), AND OR NOT, and fields:",
            "from: to: subject: type: source: date:[2014-01-01 TO 2016-12-31]. Accents do not matter."
        })
final class SearchCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> words;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "How many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many hits (for paging).")
    int offset;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance, date (oldest first) or -date (newest first).")
    String sort;

    @Option(
            names = "--filter",
            paramLabel = "FACET=VALUE",
            description = "Keep only hits with this facet value: type=email, source=NAME, domain=dmv.gov, year=2016,"
                    + " person=NAME (a watched person).")
    Map<String, String> filters = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchQuery.Sort order = switch (sort) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE_ASC;
            case "-date" -> SearchQuery.Sort.DATE_DESC;
            default -> throw new CaseException("--sort takes relevance, date or -date, not '" + sort + "'");
        };
        for (String facet : filters.keySet()) {
            if (!List.of("type", "source", "domain", "year", "person").contains(facet)) {
                throw new CaseException("--filter takes type, source, domain, year or person, not '" + facet + "'");
            }
        }
        if (limit < 0 || limit > 10_000) throw new CaseException("--limit must be between 0 and 10000");
        try (CaseServices c = caseOption.open()) {
            c.mentions().screen(); // person: counts the hits of the current watch list
            SearchResult result =
                    c.index().search(new SearchQuery(String.join(" ", words), limit, offset, order, filters));
            if (json) {
                System.out.println(Json.write(SearchJson.of(result)));
            } else {
                System.out.println(Count.of(result.total(), "page matches.", "pages match."));
                for (SearchHit h : result.hits()) {
                    System.out.printf(
                            "%n%s  page %d  %s%n  %s%n  %s%n",
                            h.documentId().substring(0, 12),
                            h.page(),
                            h.date() == null ? "" : h.date().toString().substring(0, 10),
                            h.path(),
                            h.snippet().toPlain());
                }
            }
        }
        return 0;
    }

    /** The query as typed: who searched for whom is what an audit must answer (the log is case data). */
    @Override
    public AuditNote audit() {
        StringBuilder d = new StringBuilder("q=").append(String.join(" ", words));
        filters.forEach((k, v) -> d.append(' ').append(k).append('=').append(v));
        return new AuditNote(AuditAction.SEARCH, "", d.toString());
    }
}
