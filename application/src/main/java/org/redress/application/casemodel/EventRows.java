package org.redress.application.casemodel;

import static org.redress.application.casemodel.ImportCells.split;
import static org.redress.application.casemodel.ImportCells.text;
import static org.redress.application.casemodel.ImportCells.yesNo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.application.casemodel.ImportReader.CsvRow;
import org.redress.application.casemodel.ImportReader.JsonItem;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.EventKindRegistry;

/**
 * Turns one row (CSV) or item (JSON) into a dated event: its date and time, kind, the people and organisations
 * involved (who must already be in the case) and its citations (corpus pages, which must exist, witness statements,
 * outside sources). Every bad field is a problem naming the row and the field, and the row gives no event.
 */
final class EventRows {
    /** A corpus citation in a {@code source} cell: a document id or prefix (6+ hex digits) and a page, {@code 3f1c9a02#p14}. */
    static final Pattern DOC_PAGE = Pattern.compile("([0-9a-fA-F]{6,64})\\s*#\\s*p(?:age)?\\s*(\\d+)");

    private final CaseModel model;
    private final EventKindRegistry kinds;
    private final ImportProblems problems;

    EventRows(CaseModel model, EventKindRegistry kinds, ImportProblems problems) {
        this.model = model;
        this.kinds = kinds;
        this.problems = problems;
    }

    /** Columns: id, date, time, kind, people, actors, witnesses, place, description, disputed, source, quote, source_date. */
    CaseEvent fromCsv(CsvRow r) {
        String where = r.where();
        List<Participant> people = new ArrayList<>();
        people.addAll(participants(where, "people", r.get("people"), Part.TARGET));
        people.addAll(participants(where, "actors", r.get("actors"), Part.ACTOR));
        people.addAll(participants(where, "witnesses", r.get("witnesses"), Part.WITNESS));
        List<Citation> citations = sources(where, r.get("source"), r.get("quote"), r.get("source_date"));
        return event(
                where,
                r.get("id"),
                r.get("date"),
                r.get("time"),
                r.get("kind"),
                people,
                r.get("place"),
                r.get("description"),
                r.get("disputed"),
                citations);
    }

    /** Fields as the CSV's, with people as names or {name, part} objects and citations as objects. */
    CaseEvent fromJson(JsonItem item) {
        String where = item.where();
        JsonNode n = item.node();
        List<Participant> people = new ArrayList<>();
        for (JsonNode p : n.path("people")) {
            if (p.isTextual()) people.addAll(participants(where, "people", p.asText(), Part.TARGET));
            else
                people.addAll(participants(
                        where,
                        "people",
                        p.path("name").asText(),
                        partOf(where, p.path("part").asText("target"))));
        }
        List<Citation> citations = new ArrayList<>();
        int c = 0;
        for (JsonNode cn : n.path("citations")) {
            c++;
            Citation ct = citationJson(where + ", field citations[" + c + "]", cn);
            if (ct != null) citations.add(ct);
        }
        return event(
                where,
                text(n, "id"),
                text(n, "date"),
                text(n, "time"),
                text(n, "kind"),
                people,
                text(n, "place"),
                text(n, "description"),
                n.has("disputed") ? n.get("disputed").asText() : "",
                citations);
    }

    private CaseEvent event(
            String where,
            String id,
            String date,
            String time,
            String kind,
            List<Participant> people,
            String place,
            String description,
            String disputed,
            List<Citation> citations) {
        int before = problems.count();
        EventDate d = null;
        try {
            String text = date == null ? "" : date.strip();
            if (time != null && !time.isBlank()) {
                if (text.contains("T")) problems.add(where + ", field time: the date already has a time");
                text = text + "T" + time.strip();
            }
            d = EventDate.parse(text);
        } catch (UserMistake e) {
            problems.add(where + ", field " + (time != null && !time.isBlank() ? "date/time" : "date") + ": "
                    + e.getMessage());
        }
        EventKind k = problems.parse(where, "kind", () -> kinds.lookup(kind));
        Boolean isDisputed = yesNo(where, "disputed", disputed, problems);
        if (problems.count() > before) return null;
        return new CaseEvent(id == null ? "" : id.strip(), d, k, people, place, description, isDisputed, citations);
    }

    /** A participant's part; a bad one is a problem, and the row goes on as if it said target. */
    private Part partOf(String where, String code) {
        Part part = problems.parse(where, "part", () -> Part.fromCode(code));
        return part == null ? Part.TARGET : part;
    }

    /** Names separated by ';', each a person (by name or alias, stored under the name) or an organisation of the case. */
    private List<Participant> participants(String where, String field, String cell, Part part) {
        List<Participant> out = new ArrayList<>();
        for (String name : split(cell)) {
            var person = model.store().person(name);
            if (person.isPresent()) {
                out.add(new Participant(person.get().name(), part));
            } else {
                var org = model.store().organisations().stream()
                        .filter(o -> o.name().equalsIgnoreCase(name))
                        .findFirst();
                if (org.isPresent()) out.add(new Participant(org.get().name(), part));
                else
                    problems.add(where + ", field " + field + ": '" + name
                            + "' is neither a person nor an organisation of the case"
                            + " (import the people first: redress import --case DIR people FILE)");
            }
        }
        return out;
    }

    /**
     * A {@code source} cell: citations separated by ';', each {@code 3f1c9a02#p14} (a corpus page, checked to exist),
     * a URL, or the title of an outside source (article, court filing); {@code quote} and {@code source_date} apply to each.
     */
    private List<Citation> sources(String where, String cell, String quote, String sourceDate) {
        List<Citation> out = new ArrayList<>();
        for (String s : split(cell)) {
            Matcher m = DOC_PAGE.matcher(s);
            try {
                Citation c;
                if (m.matches()) c = model.checked(Citation.document(m.group(1), Integer.parseInt(m.group(2)), quote));
                else if (s.matches("(?i)https?://\\S+")) c = Citation.outside(s, null, sourceDate, quote);
                else c = Citation.outside(null, s, sourceDate, quote);
                out.add(c);
            } catch (UserMistake e) {
                problems.add(where + ", field source: " + e.getMessage());
            }
        }
        return out;
    }

    private Citation citationJson(String where, JsonNode n) {
        try {
            String type =
                    n.path("type").asText(n.has("document") ? "document" : n.has("witness") ? "witness" : "outside");
            return switch (type) {
                case "document" ->
                    model.checked(Citation.document(
                            text(n, "document"), n.path("page").asInt(0), text(n, "quote")));
                case "witness" ->
                    Citation.witness(new WitnessStatement(
                            text(n, "witness"),
                            text(n, "saw"),
                            text(n, "when"),
                            text(n, "where"),
                            text(n, "words"),
                            text(n, "vehicles"),
                            text(n, "badges")));
                case "outside" -> Citation.outside(text(n, "url"), text(n, "title"), text(n, "date"), text(n, "quote"));
                default ->
                    throw new UserMistake("'" + type + "' is not a citation type: use document, witness or outside");
            };
        } catch (UserMistake e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }
}
