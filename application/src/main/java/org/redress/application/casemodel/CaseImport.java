package org.redress.application.casemodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.redress.application.casemodel.ImportReader.JsonItem;
import org.redress.core.UserMistake;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Organisation;
import org.redress.core.chronology.EventKindRegistry;

/**
 * Imports people and events as a team brings them, CSV or JSON, all or nothing: every row is checked
 * ({@link PersonRows}, {@link EventRows}) and, only if none has a problem, all of it is stored in one transaction.
 * Problems name the line (CSV) or item (JSON) and the field.
 */
public final class CaseImport {
    /** What was imported; {@code warnings} name the rows whose watched names are too broad (never the names). */
    public record Result(int people, int organisations, int events, List<String> eventIds, List<String> warnings) {
        public Result {
            eventIds = List.copyOf(eventIds);
            warnings = List.copyOf(warnings);
        }
    }

    private final CaseModel model;
    private final ImportProblems problems = new ImportProblems();
    private final List<String> warnings = new ArrayList<>();
    private final PersonRows personRows = new PersonRows(problems, warnings);
    private final EventRows eventRows;
    private final Runnable afterPeople;

    public CaseImport(CaseModel model, EventKindRegistry kinds) {
        this(model, kinds, () -> {});
    }

    /** An import that runs {@code afterPeople} once people are stored (the watch list may have changed). */
    public CaseImport(CaseModel model, EventKindRegistry kinds, Runnable afterPeople) {
        this.model = model;
        this.eventRows = new EventRows(model, kinds, problems);
        this.afterPeople = afterPeople;
    }

    /**
     * The built-in kinds, the kinds listed in the case's {@code kinds.txt} ({@code kindsText}, null when it has
     * none; one {@code category.name} a line, two spellings of one code refused, see
     * {@link EventKindRegistry#registerCustom}) and those already stored.
     */
    public static EventKindRegistry kindsOf(String kindsText, CaseModel model) {
        EventKindRegistry registry = kinds(kindsText, "kinds.txt");
        model.store().events().forEach(e -> registry.register(e.kind().code()));
        return registry;
    }

    /** The built-in kinds and those of a {@code kinds.txt} text; a bad line is a mistake naming {@code label}. */
    public static EventKindRegistry kinds(String kindsText, String label) {
        EventKindRegistry registry = EventKindRegistry.withBuiltIns();
        if (kindsText == null) return registry;
        int n = 0;
        for (String line : kindsText.split("\\R", -1)) {
            n++;
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("#")) continue;
            try {
                registry.registerCustom(code);
            } catch (UserMistake e) {
                throw new UserMistake(label + " line " + n + ": " + e.getMessage());
            }
        }
        return registry;
    }

    // --- people ------------------------------------------------------------------------------

    public Result importPeople(Path file) throws IOException {
        List<CasePerson> people = new ArrayList<>();
        if (ImportReader.isJson(file)) {
            collect(ImportReader.jsonFile(file), personRows::fromJson, people);
        } else {
            ImportReader.csv(file, List.of("name"), problems, r -> add(personRows.fromCsv(r), people));
        }
        return storePeople(file.getFileName().toString(), people);
    }

    /** People from a JSON array (the API's body), all or nothing, as {@link #importPeople(Path)}. */
    public Result importPeople(JsonNode root, String label) {
        List<CasePerson> people = new ArrayList<>();
        collect(ImportReader.jsonBody(root, label), personRows::fromJson, people);
        return storePeople(label, people);
    }

    /** No name twice; new organisations are created with their people. */
    private Result storePeople(String label, List<CasePerson> people) {
        Set<String> seen = new LinkedHashSet<>();
        for (CasePerson p : people) {
            if (!seen.add(p.name().toLowerCase(Locale.ROOT))) problems.add("the file names " + p.name() + " twice");
        }
        problems.refuseIfAny(label);
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        for (CasePerson p : people) {
            if (p.organisation() != null
                    && model.store().organisations().stream()
                            .noneMatch(o -> o.name().equalsIgnoreCase(p.organisation()))) {
                orgs.putIfAbsent(p.organisation().toLowerCase(Locale.ROOT), new Organisation(p.organisation(), "", ""));
            }
        }
        model.store().saveAll(people, List.copyOf(orgs.values()), List.of());
        afterPeople.run();
        return new Result(people.size(), orgs.size(), 0, List.of(), warnings);
    }

    // --- events ------------------------------------------------------------------------------

    public Result importEvents(Path file) throws IOException {
        List<CaseEvent> events = new ArrayList<>();
        if (ImportReader.isJson(file)) {
            collect(ImportReader.jsonFile(file), eventRows::fromJson, events);
        } else {
            ImportReader.csv(file, List.of("date", "kind"), problems, r -> add(eventRows.fromCsv(r), events));
        }
        return storeEvents(file.getFileName().toString(), events);
    }

    /** Events from a JSON array (the API's body), all or nothing, as {@link #importEvents(Path)}. */
    public Result importEvents(JsonNode root, String label) {
        List<CaseEvent> events = new ArrayList<>();
        collect(ImportReader.jsonBody(root, label), eventRows::fromJson, events);
        return storeEvents(label, events);
    }

    /** No event id twice. */
    private Result storeEvents(String label, List<CaseEvent> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (CaseEvent e : events) {
            if (!e.id().isBlank() && !ids.add(e.id())) problems.add("the file has the event id " + e.id() + " twice");
        }
        problems.refuseIfAny(label);
        List<CaseEvent> saved = model.store().saveAll(List.of(), List.of(), events);
        return new Result(0, 0, saved.size(), saved.stream().map(CaseEvent::id).toList(), List.of());
    }

    // --- rows --------------------------------------------------------------------------------

    private static <T> void collect(List<JsonItem> items, Function<JsonItem, T> row, List<T> into) {
        for (JsonItem item : items) add(row.apply(item), into);
    }

    /** A row with a problem gives nothing; its problem is already recorded. */
    private static <T> void add(T fromRow, List<T> into) {
        if (fromRow != null) into.add(fromRow);
    }
}
