package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.redress.app.json.SearchJson;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.DocumentView;
import org.redress.core.search.SearchQuery;

/** Renders the server-side pages from the precompiled jte templates (they escape by default). */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** What the search page shows. */
    public record SearchModel(
            Messages t,
            SearchQuery query,
            SearchJson result,
            String error,
            CaseStatus status,
            java.util.Set<String> privileged) {
        /** Whether a hit's document is under a privilege mark (only a role that sees marks is told). */
        public boolean privileged(SearchJson.Hit hit) {
            return privileged.contains(hit.documentId());
        }

        /** The query string of this search (words, sort, filters) for its exports. */
        public String exportQuery() {
            return facetLink("", null).substring(2) + "&sort="
                    + switch (query.sort()) {
                        case DATE_ASC -> "date";
                        case DATE_DESC -> "-date";
                        default -> "relevance";
                    };
        }

        /** A facet value as the reader sees it: document types in words of the page's language ("correo"); others as they are. */
        public String facetLabel(String facet, String value) {
            return "type".equals(facet) ? t.label("facet.type", value) : value;
        }

        public String facetLink(String facet, String value) {
            StringBuilder url = new StringBuilder("/?q=").append(enc(query.text()));
            for (Map.Entry<String, String> f : query.filters().entrySet()) {
                if (!f.getKey().equals(facet))
                    url.append('&').append(f.getKey()).append('=').append(enc(f.getValue()));
            }
            if (value != null) url.append('&').append(facet).append('=').append(enc(value));
            return url.toString();
        }

        public boolean selected(String facet, String value) {
            return value.equals(query.filters().get(facet));
        }

        public String pageLink(int offset) {
            return facetLink("", null) + "&offset=" + offset;
        }
    }

    /**
     * What the document page shows; {@code markedPages} are each page's escaped HTML with the search's matches and the
     * spans of every {@link SpanSource} marked, and the spans' notes (with their forms) to show under the page.
     */
    public record DocumentModel(
            Messages t,
            DocumentView view,
            List<MarkedText.Marked> markedPages,
            String query,
            List<org.redress.application.requests.ProducedBy> producedBy,
            java.util.Map<String, Boolean> references,
            org.redress.analysis.mail.Threads.Thread thread,
            PrivilegePanel privilege,
            Viewer viewer) {
        public String queryParam() {
            return query == null ? "" : "?q=" + enc(query);
        }

        /** The page's heading: the document's subject or title, else the file name it was found under. */
        public String heading() {
            String path = view.provenance().isEmpty()
                    ? null
                    : view.provenance().get(0).path();
            String shown = view.document().shownTitle(path);
            return shown == null ? t.get("doc.untitled") : shown;
        }
    }

    public record ErrorModel(Messages t, int status, String title, String detail) {}

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }

    String search(
            Messages t,
            SearchQuery query,
            SearchJson result,
            String error,
            CaseStatus status,
            java.util.Set<String> privileged) {
        return render("search.jte", new SearchModel(t, query, result, error, status, privileged));
    }

    String document(
            Messages t,
            DocumentView view,
            List<MarkedText.Marked> markedPages,
            String query,
            List<org.redress.application.requests.ProducedBy> producedBy,
            java.util.Map<String, Boolean> references,
            org.redress.analysis.mail.Threads.Thread thread,
            PrivilegePanel privilege,
            Viewer viewer) {
        return render(
                "document.jte",
                new DocumentModel(t, view, markedPages, query, producedBy, references, thread, privilege, viewer));
    }

    String error(Messages t, int status, String title, String detail) {
        return render("error.jte", new ErrorModel(t, status, title, detail));
    }

    static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
