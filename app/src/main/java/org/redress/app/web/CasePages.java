package org.redress.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.analysis.retaliation.ProximityReport;
import org.redress.application.casemodel.Chronology;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.application.casemodel.GapReport;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Claim;

/** Renders the case-model pages (people, events, chronology, claims, analysis) from precompiled, escaping jte templates. */
public final class CasePages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** {@code screening}: how far the background screening after a change of the watch list has come. */
    public record PeopleModel(
            Messages t, List<CasePerson> people, String error, BackgroundScreening.Status screening) {}

    public record EventsModel(Messages t, List<CaseEvent> events, List<String> kinds, String error) {}

    public record EventModel(Messages t, CaseEvent event, List<String> kinds, String error) {
        public String people(org.redress.core.casemodel.Part part) {
            return String.join(
                    "; ",
                    event.people().stream()
                            .filter(p -> p.part() == part)
                            .map(p -> p.name())
                            .toList());
        }

        public String time() {
            return event.date().time().map(Object::toString).orElse("");
        }

        public String dateWithoutTime() {
            String d = event.date().toString();
            int i = d.indexOf('T');
            return i < 0 ? d : d.substring(0, i);
        }
    }

    /** {@code cited}: each event's citations by its id, so a quote from a document links back to its page. */
    public record ChronologyModel(
            Messages t,
            List<Chronology.Row> rows,
            String person,
            List<CasePerson> people,
            Map<String, List<org.redress.core.casemodel.Citation>> cited) {
        /** The quotes of the row's citations; those from a document link to its page with the quote marked. */
        public List<org.redress.core.casemodel.Citation> quoted(Chronology.Row r) {
            return r.derived()
                    ? List.of()
                    : cited.getOrDefault(r.id(), List.of()).stream()
                            .filter(c -> !c.quote().isBlank())
                            .toList();
        }

        /** The page the citation cites, with its quote to mark: {@code /documents/ID?page=N&quote=...#at-quote}. */
        public static String link(org.redress.core.casemodel.Citation c) {
            return "/documents/" + c.documentId() + "?page=" + c.page() + "&quote=" + Pages.enc(c.quote())
                    + "#at-quote";
        }

        public String query() {
            return person == null ? "" : "&person=" + Pages.enc(person);
        }

        /** The row's people with "(actor)" and "(witness)" in the page's language. */
        public String people(Chronology.Row r) {
            String s = r.people();
            for (String part : List.of("actor", "witness"))
                s = s.replace(" (" + part + ")", " (" + t.label("part", part) + ")");
            return s;
        }
    }

    public record ClaimsModel(
            Messages t,
            PlainWords w,
            GapReport.Report report,
            List<Claim> templates,
            List<Claim> claims,
            String error) {}

    public record AnalysisModel(
            Messages t,
            PlainWords w,
            ProximityReport proximity,
            ClusteringResult clustering,
            int window,
            String error) {}

    String people(Messages t, List<CasePerson> people, String error, BackgroundScreening.Status screening) {
        return render("people.jte", new PeopleModel(t, people, error, screening));
    }

    String events(Messages t, List<CaseEvent> events, List<String> kinds, String error) {
        return render("events.jte", new EventsModel(t, events, kinds, error));
    }

    String event(Messages t, CaseEvent event, List<String> kinds, String error) {
        return render("event.jte", new EventModel(t, event, kinds, error));
    }

    String chronology(
            Messages t, List<Chronology.Row> rows, String person, List<CasePerson> people, List<CaseEvent> events) {
        Map<String, List<org.redress.core.casemodel.Citation>> cited = new java.util.HashMap<>();
        for (CaseEvent e : events) cited.put(e.id(), e.citations());
        return render("chronology.jte", new ChronologyModel(t, rows, person, people, cited));
    }

    String claims(Messages t, GapReport.Report report, ClaimTemplates templates, List<Claim> claims, String error) {
        return render(
                "claims.jte",
                new ClaimsModel(t, new PlainWords(t, templates, claims), report, templates.all(), claims, error));
    }

    String analysis(Messages t, ProximityReport proximity, ClusteringResult clustering, int window, String error) {
        return render(
                "analysis.jte",
                new AnalysisModel(t, new PlainWords(t, null, null), proximity, clustering, window, error));
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("m", model), out);
        return out.toString();
    }
}
