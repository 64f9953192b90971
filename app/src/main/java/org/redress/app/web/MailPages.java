package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.analysis.chain.Reach;
import org.redress.analysis.chain.SubjectChain;
import org.redress.analysis.mail.Grouping;
import org.redress.analysis.mail.MailGraph;
import org.redress.analysis.mail.Node;
import org.redress.application.mail.MailService;
import org.redress.core.casemodel.Level;

/** Renders the graph and chain pages from precompiled, escaping jte templates. */
public final class MailPages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The graph asked for by the query parameters. */
    public record Filter(Grouping by, LocalDate from, LocalDate to, String org, String and) {
        static Filter of(Context ctx) {
            return new Filter(
                    Grouping.fromText(ctx.queryParam("by")),
                    MailService.day("from", ctx.queryParam("from")),
                    MailService.day("to", ctx.queryParam("to")),
                    blankToNull(ctx.queryParam("org")),
                    blankToNull(ctx.queryParam("and")));
        }

        /** The same filter as a query string, for the picture's data and the links. */
        public String query() {
            StringBuilder q = new StringBuilder("by=" + by.name().toLowerCase(Locale.ROOT));
            if (from != null) q.append("&from=").append(from);
            if (to != null) q.append("&to=").append(to);
            if (org != null) q.append("&org=").append(Pages.enc(org));
            if (and != null) q.append("&and=").append(Pages.enc(and));
            return q.toString();
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The graph page: the picture's data address, the filter as given, the edges as a table. */
    public record GraphModel(Messages t, MailGraph graph, Filter filter, List<String> organisations) {
        public String dataUrl() {
            return "/api/v1/graph?" + filter.query();
        }

        public Map<String, Node> nodes() {
            return graph.nodesById();
        }

        public String label(String id) {
            Node n = graph.nodesById().get(id);
            return n == null || n.name() == null || n.name().equals(id) ? id : n.name() + " <" + id + ">";
        }

        public String value(java.time.LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }

    /** The chain page: one ladder per subject, its rungs from headquarters down. */
    public record ChainModel(Messages t, List<SubjectChain> chains, String person) {
        /** The rungs of the ladder, highest level first; organisations without a level, then records, last. */
        public List<Reach> rungs(SubjectChain c) {
            List<Reach> out = new ArrayList<>(c.levels());
            out.sort(Comparator.comparingInt(ChainModel::height).thenComparing(Reach::first));
            return out;
        }

        private static int height(Reach r) {
            if (r.level() == null) return r.organisation() == null ? 9 : 8;
            return switch (Level.fromText(r.level())) {
                case HEADQUARTERS -> 0;
                case AREA_OFFICE -> 1;
                case FIELD_OFFICE -> 2;
                case OTHER_AGENCY -> 3;
            };
        }

        /** "69 days before the arrest" in the page's language; empty when the subject has no adverse action. */
        public String relative(SubjectChain c, Reach r) {
            SubjectChain.AdverseAction a = c.adverseAction();
            if (a == null || r.first() == null) return "";
            long days = java.time.temporal.ChronoUnit.DAYS.between(
                    r.first().atZone(java.time.ZoneOffset.UTC).toLocalDate(), java.time.LocalDate.parse(a.date()));
            if (days == 0) return t.format("chain.sameDay", a.kind());
            return t.format(days > 0 ? "chain.before" : "chain.after", t.count("days", Math.abs(days)), a.kind());
        }

        public String levelWords(Reach r) {
            return r.level() == null ? t.get("chain.noLevel") : t.get("level." + r.level());
        }
    }

    String graph(Messages t, MailGraph g, Filter f, List<String> organisations) {
        return render("graph.jte", new GraphModel(t, g, f, organisations));
    }

    String chain(Messages t, List<SubjectChain> chains, String person) {
        return render("chain.jte", new ChainModel(t, chains, person));
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
