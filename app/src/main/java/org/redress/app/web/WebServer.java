package org.redress.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.app.casefolder.CaseFolder;
import org.redress.app.cli.Json;
import org.redress.core.corpus.Corpus;
import org.redress.core.corpus.DocumentView;
import org.redress.core.corpus.Page;
import org.redress.core.search.SearchQuery;
import org.redress.search.InvalidQueryException;

/**
 * The HTTP side of a case: JSON under /api/v1/ and server-rendered pages over the same
 * operations. Every response forbids inline scripts and framing, and originals are only ever
 * downloaded, never rendered, because their content is hostile.
 */
public final class WebServer {
    private static final List<String> FACETS = List.of("type", "source", "domain", "year");
    private final CaseFolder caseFolder;
    private final Corpus corpus;
    private final Pages pages = new Pages();

    public WebServer(CaseFolder caseFolder) {
        this.caseFolder = caseFolder;
        this.corpus = new Corpus(caseFolder.store());
    }

    public Javalin start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/static");
            config.startup.showJavalinBanner = false;
            config.routes.before(WebServer::secure);
            config.routes.get("/api/v1/search", this::apiSearch);
            config.routes.get("/api/v1/status", this::apiStatus);
            config.routes.get("/api/v1/documents/{id}", this::apiDocument);
            config.routes.get("/api/v1/documents/{id}/pages/{n}", this::apiPage);
            config.routes.get("/api/v1/documents/{id}/original", this::original);
            config.routes.get("/", this::searchPage);
            config.routes.get("/documents/{id}", this::documentPage);
            new RequestRoutes(caseFolder, java.time.Clock.systemDefaultZone()).register(config.routes);
            new CaseRoutes(caseFolder).register(config);
            config.routes.exception(InvalidQueryException.class, (e, ctx) -> problem(ctx, 400, "Invalid search", e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, "Not found", e.getMessage()));
            // Unknown routes too: an API client gets problem details, a browser the error page.
            config.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && (type.startsWith("application/problem+json") || type.startsWith("text/html"))) return;
                problem(ctx, 404, "Not found", "There is nothing at " + ctx.path() + ".");
            });
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "Internal error", "Something went wrong on the server: " + e.getClass().getSimpleName()));
        });
        return app.start(host, port);
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" even on this server's own
        // form POSTs, which the same-origin check must refuse; same-origin still sends nothing to any other site.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        boolean api = ctx.path().startsWith("/api/");
        ctx.status(status);
        if (api) {
            ctx.contentType("application/problem+json").result(Json.write(Problem.of(status, title, detail)));
        } else {
            Messages t = messages(ctx);
            String key = "error." + status;
            ctx.html(new Pages().error(t, status, t.get(key).equals(key) ? title : t.get(key), detail));
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    // --- API ---------------------------------------------------------------------------------

    private SearchQuery query(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        int limit = intParam(ctx, "limit", 20);
        int offset = intParam(ctx, "offset", 0);
        SearchQuery.Sort sort = switch (String.valueOf(ctx.queryParam("sort"))) {
            case "date" -> SearchQuery.Sort.DATE_ASC;
            case "-date" -> SearchQuery.Sort.DATE_DESC;
            default -> SearchQuery.Sort.RELEVANCE;
        };
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : FACETS) {
            String v = ctx.queryParam(f);
            if (v != null && !v.isBlank()) filters.put(f, v);
        }
        return new SearchQuery(q, limit, offset, sort, filters);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    private void apiSearch(Context ctx) {
        ctx.json(SearchJson.of(caseFolder.index().search(query(ctx))));
    }

    private void apiStatus(Context ctx) {
        ctx.json(caseFolder.store().status());
    }

    private DocumentView view(Context ctx) {
        String id = ctx.pathParam("id");
        return corpus.view(id).orElseThrow(() -> new NotFound("There is no document '" + id + "' in this case."));
    }

    private void apiDocument(Context ctx) {
        DocumentView view = view(ctx);
        ctx.json(DocumentJson.of(view, List.of(), producedBy(view)));
    }

    private List<org.redress.app.requests.ProducedBy> producedBy(DocumentView view) {
        return org.redress.app.requests.ProducedBy.of(caseFolder.store(), caseFolder.requests(), view.document().id());
    }

    private void apiPage(Context ctx) {
        DocumentView view = view(ctx);
        int n = intPath(ctx);
        Page page = view.pages().stream().filter(p -> p.number() == n).findFirst()
                .orElseThrow(() -> new NotFound("The document has " + view.pages().size() + " page(s); there is no page " + n + "."));
        ctx.json(new DocumentJson.PageJson(page.number(), page.ocr(), page.text()));
    }

    private static int intPath(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a page number is a whole number, not '" + ctx.pathParam("n") + "'");
        }
    }

    private void original(Context ctx) throws Exception {
        DocumentView view = view(ctx);
        String id = view.document().id();
        if (!caseFolder.blobs().contains(id)) throw new NotFound("The original of this document is not stored.");
        String name = view.provenance().isEmpty() ? id : leaf(view.provenance().get(0).path());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._ -]", "_") + "\"");
        ctx.contentType("application/octet-stream");
        InputStream in = caseFolder.blobs().open(id);
        ctx.result(in);
    }

    private static String leaf(String path) {
        int i = path.lastIndexOf(org.redress.core.corpus.DisplayPaths.SEPARATOR);
        String p = i < 0 ? path : path.substring(i + org.redress.core.corpus.DisplayPaths.SEPARATOR.length());
        return p.substring(p.lastIndexOf('/') + 1);
    }

    // --- pages -------------------------------------------------------------------------------

    /** The interface words in the reader's language. */
    static Messages messages(Context ctx) {
        return Messages.forLanguage(language(ctx));
    }

    static String language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            ctx.cookie("lang", "es".equals(lang) ? "es" : "en");
            return lang;
        }
        String cookie = ctx.cookie("lang");
        if (cookie != null) return cookie;
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("es") ? "es" : "en";
    }

    private void searchPage(Context ctx) {
        Messages t = messages(ctx);
        SearchQuery query = query(ctx);
        boolean asked = ctx.queryParam("q") != null;
        String error = null;
        SearchJson result = null;
        if (asked) {
            try {
                result = SearchJson.of(caseFolder.index().search(query));
            } catch (InvalidQueryException e) {
                error = e.getMessage();
            }
        }
        ctx.status(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        ctx.html(pages.search(t, query, result, error, caseFolder.store().status()));
    }

    private void documentPage(Context ctx) {
        Messages t = messages(ctx);
        DocumentView view = view(ctx);
        String q = ctx.queryParam("q");
        List<String> marked = view.pages().stream().map(p -> caseFolder.index().mark(q, p.text()).toHtml()).toList();
        ctx.html(pages.document(t, view, marked, q, producedBy(view)));
    }
}
