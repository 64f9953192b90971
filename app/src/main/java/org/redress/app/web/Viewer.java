package org.redress.app.web;

import java.util.List;
import org.redress.core.casemodel.CaseEvent;

/**
 * The viewer's part of the document page: which page is shown ({@code shown} 0: all of them, one under the other),
 * whether pages have images, the quote a citation's link asked to mark, and the "cite this" form with the case's
 * events to choose from (re-shown with what was typed and the reason when it was refused).
 */
public record Viewer(
        String documentId,
        int shown,
        int count,
        boolean images,
        String query,
        String quote,
        boolean quoteFound,
        List<CaseEvent> events,
        List<String> kinds,
        CiteForm form,
        String error) {

    /** What the cite form holds: an event's id, or a new event's date, kind and description; the page and quote. */
    public record CiteForm(String event, String page, String quote, String date, String kind, String description) {
        static final CiteForm EMPTY = new CiteForm("", "", "", "", "", "");
    }

    public Viewer {
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
    }

    /** Whether the page is on the screen. */
    public boolean shows(int page) {
        return shown == 0 || shown == page;
    }

    public boolean all() {
        return shown == 0;
    }

    /** The page on its own, keeping the search's words marked. */
    public String link(int page) {
        return "/documents/" + documentId + "?page=" + page + (query == null ? "" : "&q=" + Pages.enc(query));
    }

    /** Every page, one under the other; at the page shown now. */
    public String allLink(int page) {
        return "/documents/" + documentId + (query == null ? "" : "?q=" + Pages.enc(query)) + "#page-" + page;
    }

    /** Where the previous or next page is: its place on this screen, or its own screen. */
    public String step(int page) {
        return all() ? "#page-" + page : link(page);
    }

    public String image(int page) {
        return "/api/v1/documents/" + documentId + "/pages/" + page + "/image";
    }

    /** The page the cite form offers: the one shown, else the first. */
    public String formPage() {
        return !form.page().isBlank() ? form.page() : String.valueOf(shown == 0 ? 1 : shown);
    }

    /** An event as the form lists it: its id, date and the start of its description. */
    public static String choice(CaseEvent e) {
        String d = e.description() == null ? "" : e.description().strip();
        if (d.length() > 60) d = d.substring(0, 59) + "…";
        return e.id() + " · " + e.date() + (d.isEmpty() ? "" : " · " + d);
    }
}
