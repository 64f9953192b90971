package org.redress.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.redress.analysis.chain.SubjectChain;
import org.redress.analysis.mail.Edge;
import org.redress.analysis.mail.Grouping;
import org.redress.analysis.mail.MailGraph;
import org.redress.analysis.mail.Node;
import org.redress.app.wiring.CaseServices;
import org.redress.application.mail.MailService;

/**
 * Who wrote to whom and how far up it went, on the web: the graph page (an ECharts picture drawn by
 * {@code /graph.js} from {@code /api/v1/graph}, and the same edges as a table that links each edge's messages),
 * and the chain as a ladder per subject. Filters: {@code from}, {@code to} (days), {@code org} and {@code and}
 * (edges touching one organisation, or between two), {@code by}.
 */
final class MailHandlers {
    private final CaseServices services;
    private final MailPages pages = new MailPages();

    MailHandlers(CaseServices services) {
        this.services = services;
    }

    void apiGraph(Context ctx) {
        ctx.json(graph(MailPages.Filter.of(ctx)));
    }

    void apiChain(Context ctx) {
        ctx.json(Map.of("subjects", services.mail().chain(blankToNull(ctx.queryParam("person")))));
    }

    void graphPage(Context ctx) {
        MailPages.Filter f = MailPages.Filter.of(ctx);
        MailService mail = services.mail();
        List<String> organisations = mail.organisations(mail.graph(Grouping.ORGANISATION, null, null));
        ctx.html(pages.graph(PageLanguage.messages(ctx), graph(f), f, organisations));
    }

    void chainPage(Context ctx) {
        String person = blankToNull(ctx.queryParam("person"));
        List<SubjectChain> chains = services.mail().chain(person);
        ctx.html(pages.chain(PageLanguage.messages(ctx), chains, person));
    }

    private MailGraph graph(MailPages.Filter f) {
        MailGraph g = services.mail().graph(f.by(), f.from(), f.to());
        if (f.org() == null) return g;
        Map<String, Node> nodes = g.nodesById();
        List<Edge> kept = g.edges().stream()
                .filter(e -> {
                    boolean a = in(nodes.get(e.from()), f.org()) || in(nodes.get(e.to()), f.org());
                    if (f.and() == null) return a;
                    return (in(nodes.get(e.from()), f.org()) && in(nodes.get(e.to()), f.and()))
                            || (in(nodes.get(e.from()), f.and()) && in(nodes.get(e.to()), f.org()));
                })
                .toList();
        return g.withEdges(kept);
    }

    private static boolean in(Node n, String organisation) {
        return n != null && n.organisation() != null && n.organisation().equalsIgnoreCase(organisation.strip());
    }

    private static String blankToNull(String s) {
        return MailPages.blankToNull(s);
    }
}
