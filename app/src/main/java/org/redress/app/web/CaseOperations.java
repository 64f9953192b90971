package org.redress.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.redress.analysis.retaliation.ClusteringResult;
import org.redress.app.wiring.CaseServices;
import org.redress.application.casemodel.CaseAnalysis;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.core.NotFound;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.core.chronology.EventKind;

/** What the case API and the case pages both do to the case model: import, look up, adopt claims, link findings, analyse. */
final class CaseOperations {
    private final CaseServices services;
    private final BackgroundScreening screening;

    CaseOperations(CaseServices services, BackgroundScreening screening) {
        this.services = services;
        this.screening = screening;
    }

    /** Whether a document is a private reference: its quotes leave the case only when asked. */
    boolean isPrivateReference(String documentId) {
        return services.reuse().isPrivateReference(documentId);
    }

    CaseModel model() {
        return services.caseModel();
    }

    BackgroundScreening.Status screening() {
        return screening.status();
    }

    /** An import whose people, once stored, start screening in the background (a request never waits for it). */
    CaseImport importer() throws IOException {
        return services.importer(screening::start);
    }

    /** The codes of the event kinds this case knows (built in, and its own). */
    List<String> kinds() throws IOException {
        return services.kinds().all().stream().map(EventKind::code).toList();
    }

    /** The case's kind for a typed code, in any spelling of its words; an unknown one names the closest. */
    EventKind kind(String typed) throws IOException {
        return services.kinds().lookup(typed);
    }

    ClaimTemplates templates() {
        return services.claimTemplates();
    }

    /** Temporal proximity, with the agency's first knowledge of each subject from the mentions that count. */
    org.redress.analysis.retaliation.ProximityReport proximity() {
        return org.redress.application.casemodel.CaseAnalysis.proximity(
                services.caseModel().store(), services.mentions().namings());
    }

    /** Whether the request asks for the watch list ({@code ?include-watch-list=true}, any spelling of the name). */
    static boolean watchListAsked(Context ctx) {
        return asked(ctx, "include-watch-list", "include_watch_list", "includeWatchList");
    }

    /** Private references' quotes leave the case only when asked ({@code includePrivate=true}, or as the CLI says it). */
    static boolean privateAsked(Context ctx) {
        return asked(ctx, "includePrivate", "include-private", "include_private");
    }

    private static boolean asked(Context ctx, String... names) {
        for (String name : names) {
            String v = ctx.queryParam(name);
            if (v != null && List.of("true", "yes", "1", "").contains(v.strip().toLowerCase(java.util.Locale.ROOT)))
                return true;
        }
        return false;
    }

    /** When the records first named each watched person, if the request asks for the watch list; else none. */
    List<org.redress.application.mentions.FirstNamed> firstNamed(Context ctx) {
        return watchListAsked(ctx) ? services.mentions().firstNamed() : List.of();
    }

    /** The chronology with the derived "first named" rows ({@code words}: that fact in the reader's language). */
    List<org.redress.application.casemodel.Chronology.Row> chronologyWithKnowledge(String person, String words) {
        return services.mentions().chronologyWithKnowledge(person, words);
    }

    List<org.redress.application.casemodel.Chronology.Row> withKnowledge(
            List<org.redress.application.casemodel.Chronology.Row> rows, String person, String words) {
        return services.mentions().withKnowledge(rows, person, words);
    }

    /** The event named by the path's {@code {id}}. */
    CaseEvent event(Context ctx) {
        String id = ctx.pathParam("id");
        return model().store()
                .event(id)
                .orElseThrow(() -> new NotFound("There is no event '" + id + "' in this case."));
    }

    /** The document named by a (possibly shortened) id. */
    org.redress.core.corpus.DocumentView document(String id) {
        return services.corpus()
                .view(id)
                .orElseThrow(() -> new NotFound("There is no document '" + id + "' in this case."));
    }

    /** Adopts a claim template as one of the case's claims, under its own id or the given one. */
    Claim adopt(String template, String id) {
        if (template == null || template.isBlank()) throw new UserMistake("say which claim template to adopt");
        Claim t = templates().get(template);
        Claim claim =
                new Claim(blankToNull(id) == null ? t.id() : id.strip(), t.id(), t.title(), t.summary(), t.elements());
        model().store().saveClaim(claim);
        return claim;
    }

    /** Links an event, a citation or a mention (a hit's id, checked not to be rejected) to an element of a claim. */
    Finding link(
            String claim, String element, String event, Long citation, String mention, String weight, String note) {
        if (blankToNull(mention) != null) {
            if (blankToNull(event) != null || citation != null)
                throw new UserMistake("give one of an event, a citation or a mention, not several");
            return services.mentions().cite(claim, element, mention, Weight.fromCode(weight), note);
        }
        return model().link(
                        new Finding(0, claim, element, blankToNull(event), citation, Weight.fromCode(weight), note));
    }

    /** The clustering test with ?window=, ?permutations= and ?seed=. */
    ClusteringResult clustering(Context ctx) {
        int window = intParam(ctx, "window", 30);
        int permutations = intParam(ctx, "permutations", 10_000);
        long seed = intParam(ctx, "seed", 1);
        if (permutations > 1_000_000) throw new UserMistake("at most 1,000,000 permutations");
        return CaseAnalysis.clustering(model().store(), window, permutations, seed);
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UserMistake("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
