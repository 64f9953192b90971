package org.redress.app.casemodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.app.cli.Json;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.chronology.EventKindRegistry;

/**
 * Reads people and events as a team brings them, CSV or JSON, checks every row, and stores all of it in one
 * transaction or nothing at all. Problems name the line (CSV) or item (JSON) and the field.
 */
public final class CaseImport {
    /** A corpus citation in a {@code source} cell: a document id or prefix (6+ hex digits) and a page, {@code 3f1c9a02#p14}. */
    static final Pattern DOC_PAGE = Pattern.compile("([0-9a-fA-F]{6,64})\\s*#\\s*p(?:age)?\\s*(\\d+)");

    public record Result(int people, int organisations, int events, List<String> eventIds) { }

    private final CaseModel model;
    private final EventKindRegistry kinds;
    private final List<String> problems = new ArrayList<>();

    public CaseImport(CaseModel model, EventKindRegistry kinds) {
        this.model = model;
        this.kinds = kinds;
    }

    /** The built-in kinds, the kinds listed in the case's {@code kinds.txt} (one {@code category.name} a line) and those already stored. */
    public static EventKindRegistry kindsOf(Path caseRoot, CaseModel model) throws IOException {
        EventKindRegistry registry = EventKindRegistry.withBuiltIns();
        Path file = caseRoot.resolve("kinds.txt");
        if (Files.isRegularFile(file)) {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("#")) continue;
                try {
                    registry.register(code);
                } catch (IllegalArgumentException e) {
                    throw new org.redress.app.casefolder.CaseException(file + " line " + n + ": " + e.getMessage());
                }
            }
        }
        model.store().events().forEach(e -> registry.register(e.kind().code()));
        return registry;
    }

    // --- people ------------------------------------------------------------------------------

    public Result importPeople(Path file) throws IOException {
        List<CasePerson> people = new ArrayList<>();
        if (isJson(file)) {
            peopleJson(readJson(file), people);
        } else {
            readCsv(file, List.of("name"), (where, r) -> {
                CasePerson p = person(where, get(r, "name"), split(get(r, "aliases")), get(r, "role"), get(r, "organisation"),
                        get(r, "leader"), get(r, "notes"));
                if (p != null) people.add(p);
            });
        }
        return storePeople(file.getFileName().toString(), people);
    }

    private Result storePeople(String label, List<CasePerson> people) {
        Set<String> seen = new LinkedHashSet<>();
        for (CasePerson p : people) {
            if (!seen.add(p.name().toLowerCase(Locale.ROOT))) problems.add("the file names " + p.name() + " twice");
        }
        finish(label);
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        for (CasePerson p : people) {
            if (p.organisation() != null && model.store().organisations().stream().noneMatch(o -> o.name().equalsIgnoreCase(p.organisation()))) {
                orgs.putIfAbsent(p.organisation().toLowerCase(Locale.ROOT), new Organisation(p.organisation(), "", ""));
            }
        }
        model.store().saveAll(people, List.copyOf(orgs.values()), List.of());
        return new Result(people.size(), orgs.size(), 0, List.of());
    }

    private void peopleJson(JsonNode root, List<CasePerson> people) {
        int i = 0;
        for (JsonNode n : root) {
            i++;
            String where = "item " + i;
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            CasePerson p = person(where, text(n, "name"), aliases, text(n, "role"), text(n, "organisation"),
                    n.has("leader") ? n.get("leader").asText() : "", text(n, "notes"));
            if (p != null) people.add(p);
        }
    }

    /** People from a JSON array (the API's body), all or nothing, as {@link #importPeople}. */
    public Result importPeople(JsonNode root, String label) {
        if (root == null || !root.isArray()) throw new ImportException(label, List.of("the body must be a JSON array of objects"));
        List<CasePerson> people = new ArrayList<>();
        peopleJson(root, people);
        return storePeople(label, people);
    }

    private CasePerson person(String where, String name, List<String> aliases, String role, String org, String leader, String notes) {
        int before = problems.size();
        if (name == null || name.isBlank()) problems.add(where + ", field name: a person needs a name");
        Role r = null;
        try {
            r = Role.fromCode(role);
        } catch (IllegalArgumentException e) {
            problems.add(where + ", field role: " + e.getMessage());
        }
        Boolean isLeader = yesNo(leader);
        if (isLeader == null) problems.add(where + ", field leader: '" + leader + "' is not yes or no");
        if (problems.size() > before) return null;
        return new CasePerson(name, aliases, r, org, isLeader, notes);
    }

    private static Boolean yesNo(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "no", "n", "false", "0", "sí" -> s.equals("sí") ? Boolean.TRUE : Boolean.FALSE;
            case "yes", "y", "true", "1", "si" -> Boolean.TRUE;
            default -> null;
        };
    }

    // --- events ------------------------------------------------------------------------------

    public Result importEvents(Path file) throws IOException {
        List<CaseEvent> events = new ArrayList<>();
        if (isJson(file)) {
            eventsJson(readJson(file), events);
        } else {
            readCsv(file, List.of("date", "kind"), (where, r) -> {
                List<Participant> people = new ArrayList<>();
                people.addAll(participants(where, "people", get(r, "people"), Part.TARGET));
                people.addAll(participants(where, "actors", get(r, "actors"), Part.ACTOR));
                people.addAll(participants(where, "witnesses", get(r, "witnesses"), Part.WITNESS));
                List<Citation> citations = sources(where, get(r, "source"), get(r, "quote"), get(r, "source_date"));
                CaseEvent e = event(where, get(r, "id"), get(r, "date"), get(r, "time"), get(r, "kind"), people, get(r, "place"),
                        get(r, "description"), get(r, "disputed"), citations);
                if (e != null) events.add(e);
            });
        }
        return storeEvents(file.getFileName().toString(), events);
    }

    private Result storeEvents(String label, List<CaseEvent> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (CaseEvent e : events) {
            if (!e.id().isBlank() && !ids.add(e.id())) problems.add("the file has the event id " + e.id() + " twice");
        }
        finish(label);
        List<CaseEvent> saved = model.store().saveAll(List.of(), List.of(), events);
        return new Result(0, 0, saved.size(), saved.stream().map(CaseEvent::id).toList());
    }

    private void eventsJson(JsonNode root, List<CaseEvent> events) {
        int i = 0;
        for (JsonNode n : root) {
            i++;
            String where = "item " + i;
            List<Participant> people = new ArrayList<>();
            for (JsonNode p : n.path("people")) {
                if (p.isTextual()) people.addAll(participants(where, "people", p.asText(), Part.TARGET));
                else people.addAll(participants(where, "people", p.path("name").asText(), partOf(where, p.path("part").asText("target"))));
            }
            List<Citation> citations = new ArrayList<>();
            int c = 0;
            for (JsonNode cn : n.path("citations")) {
                c++;
                Citation ct = citationJson(where + ", field citations[" + c + "]", cn);
                if (ct != null) citations.add(ct);
            }
            CaseEvent e = event(where, text(n, "id"), text(n, "date"), text(n, "time"), text(n, "kind"), people,
                    text(n, "place"), text(n, "description"), n.has("disputed") ? n.get("disputed").asText() : "", citations);
            if (e != null) events.add(e);
        }
    }

    /** Events from a JSON array (the API's body), all or nothing, as {@link #importEvents}. */
    public Result importEvents(JsonNode root, String label) {
        if (root == null || !root.isArray()) throw new ImportException(label, List.of("the body must be a JSON array of objects"));
        List<CaseEvent> events = new ArrayList<>();
        eventsJson(root, events);
        return storeEvents(label, events);
    }

    private CaseEvent event(String where, String id, String date, String time, String kind, List<Participant> people, String place,
                            String description, String disputed, List<Citation> citations) {
        int before = problems.size();
        EventDate d = null;
        try {
            String text = date == null ? "" : date.strip();
            if (time != null && !time.isBlank()) {
                if (text.contains("T")) problems.add(where + ", field time: the date already has a time");
                text = text + "T" + time.strip();
            }
            d = EventDate.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ", field " + (time != null && !time.isBlank() ? "date/time" : "date") + ": " + e.getMessage());
        }
        EventKind k = null;
        try {
            k = kinds.lookup(kind);
        } catch (IllegalArgumentException e) {
            problems.add(where + ", field kind: " + e.getMessage());
        }
        Boolean isDisputed = yesNo(disputed);
        if (isDisputed == null) problems.add(where + ", field disputed: '" + disputed + "' is not yes or no");
        if (problems.size() > before) return null;
        return new CaseEvent(id == null ? "" : id.strip(), d, k, people, place, description, isDisputed, citations);
    }

    private Part partOf(String where, String code) {
        try {
            return Part.fromCode(code);
        } catch (IllegalArgumentException e) {
            problems.add(where + ", field part: " + e.getMessage());
            return Part.TARGET;
        }
    }

    /** Names separated by ';', each a person (by name or alias, stored under the name) or an organisation of the case. */
    private List<Participant> participants(String where, String field, String cell, Part part) {
        List<Participant> out = new ArrayList<>();
        for (String name : split(cell)) {
            var person = model.store().person(name);
            if (person.isPresent()) {
                out.add(new Participant(person.get().name(), part));
            } else {
                var org = model.store().organisations().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
                if (org.isPresent()) out.add(new Participant(org.get().name(), part));
                else problems.add(where + ", field " + field + ": '" + name + "' is neither a person nor an organisation of the case"
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
            } catch (IllegalArgumentException e) {
                problems.add(where + ", field source: " + e.getMessage());
            }
        }
        return out;
    }

    private Citation citationJson(String where, JsonNode n) {
        try {
            String type = n.path("type").asText(n.has("document") ? "document" : n.has("witness") ? "witness" : "outside");
            return switch (type) {
                case "document" -> model.checked(Citation.document(text(n, "document"), n.path("page").asInt(0), text(n, "quote")));
                case "witness" -> Citation.witness(new WitnessStatement(text(n, "witness"), text(n, "saw"), text(n, "when"),
                        text(n, "where"), text(n, "words"), text(n, "vehicles"), text(n, "badges")));
                case "outside" -> Citation.outside(text(n, "url"), text(n, "title"), text(n, "date"), text(n, "quote"));
                default -> throw new IllegalArgumentException("'" + type + "' is not a citation type: use document, witness or outside");
            };
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    // --- reading -----------------------------------------------------------------------------

    private interface RowHandler {
        void row(String where, CSVRecord record);
    }

    private void readCsv(Path file, List<String> required, RowHandler handler) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            for (String r : required) {
                if (!header.contains(r)) problems.add("line 1: the header has no column '" + r + "' (it has " + String.join(",", header) + ")");
            }
            if (!problems.isEmpty()) return;
            long line = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) break;
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add("line " + line + ": the row cannot be read as CSV (" + rootMessage(e) + ")");
                    return;
                }
                String where = "line " + line;
                if (r.size() != header.size()) {
                    problems.add(where + ": the row has " + r.size() + " field(s) but the header has " + header.size());
                } else {
                    current = new HeaderRecord(header, r);
                    handler.row(where, r);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }

    private HeaderRecord current;

    private record HeaderRecord(List<String> header, CSVRecord r) {
        String get(String column) {
            int i = header.indexOf(column);
            return i < 0 ? null : r.get(i);
        }
    }

    private String get(CSVRecord r, String column) {
        return current == null ? null : current.get(column);
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private JsonNode readJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(file.toString(), List.of("line " + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ")"));
        }
        if (root == null || !root.isArray()) {
            throw new ImportException(file.toString(), List.of("the file must hold a JSON array of objects"));
        }
        return root;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void finish(String label) {
        if (!problems.isEmpty()) throw new ImportException(label, problems);
    }
}
