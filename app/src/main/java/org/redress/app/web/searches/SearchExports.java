package org.redress.app.web.searches;

import io.javalin.http.Context;
import java.io.IOException;
import org.redress.app.export.SearchHitsCsv;
import org.redress.app.export.SearchOriginalsZip;
import org.redress.app.web.SearchParams;
import org.redress.app.wiring.CaseServices;
import org.redress.core.search.SearchQuery;

/** A search's results as downloads: every hit as CSV, every matching original in a zip. The watch list is not in them. */
public final class SearchExports {
    private final CaseServices services;

    public SearchExports(CaseServices services) {
        this.services = services;
    }

    public void hitsCsv(Context ctx) throws IOException {
        SearchQuery query = checked(ctx);
        Streamed.answer(
                ctx,
                "text/csv; charset=utf-8",
                "search-hits.csv",
                out -> SearchHitsCsv.write(services.index(), services.documents(), query, out));
    }

    public void originalsZip(Context ctx) throws IOException {
        SearchQuery query = checked(ctx);
        Streamed.answer(
                ctx,
                "application/zip",
                "search-originals.zip",
                out -> SearchOriginalsZip.write(services.index(), services.documents(), services.blobs(), query, out));
    }

    /** The request's search, run once for nothing first: a query that cannot be understood is a 400, not a cut file. */
    private SearchQuery checked(Context ctx) {
        SearchQuery query =
                SearchParams.of(ctx, services.folder().pageSetFields().names());
        services.index().search(new SearchQuery(query.text(), 0, 0, query.sort(), query.filters()));
        return query;
    }
}
