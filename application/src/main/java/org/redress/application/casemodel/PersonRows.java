package org.redress.application.casemodel;

import static org.redress.application.casemodel.ImportCells.split;
import static org.redress.application.casemodel.ImportCells.text;
import static org.redress.application.casemodel.ImportCells.yesNo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.redress.analysis.names.WatchedPerson;
import org.redress.application.casemodel.ImportReader.CsvRow;
import org.redress.application.casemodel.ImportReader.JsonItem;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Level;
import org.redress.core.casemodel.Role;

/**
 * Turns one row (CSV) or item (JSON) into a person of the case: name, aliases, role, organisation, leader, notes,
 * watched. Every bad field is a problem naming the row and the field, and the row gives no person. A watched person
 * whose name or alias is too broad to screen by gives a warning naming the row, never the name.
 */
final class PersonRows {
    private final ImportProblems problems;
    private final List<String> warnings;

    PersonRows(ImportProblems problems, List<String> warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * Columns: name, aliases (separated by ';'), role, organisation, leader, notes, watched (blank: by role), level
     * (an official's: field office, area office, headquarters, other agency) and addresses (mail addresses, separated
     * by ';', kept with the aliases).
     */
    CasePerson fromCsv(CsvRow r) {
        List<String> aliases = new ArrayList<>(split(r.get("aliases")));
        aliases.addAll(split(r.get("addresses")));
        return withLevel(
                r.where(),
                r.get("level"),
                person(
                        r.where(),
                        r.get("name"),
                        aliases,
                        r.get("role"),
                        r.get("organisation"),
                        r.get("leader"),
                        r.get("notes"),
                        r.get("watched")));
    }

    /** The person with the level typed in its row; a level that is no level is a problem naming the row. */
    private CasePerson withLevel(String where, String level, CasePerson p) {
        if (level == null || level.isBlank()) return p;
        Level l = problems.parse(where, "level", () -> Level.fromText(level));
        return p == null || l == null ? null : p.withLevel(l);
    }

    /** Fields as the CSV's, with aliases as an array. */
    CasePerson fromJson(JsonItem item) {
        JsonNode n = item.node();
        List<String> aliases = new ArrayList<>();
        n.path("aliases").forEach(a -> aliases.add(a.asText()));
        n.path("addresses").forEach(a -> aliases.add(a.asText()));
        return withLevel(
                item.where(),
                text(n, "level"),
                person(
                        item.where(),
                        text(n, "name"),
                        aliases,
                        text(n, "role"),
                        text(n, "organisation"),
                        n.has("leader") ? n.get("leader").asText() : "",
                        text(n, "notes"),
                        n.hasNonNull("watched") ? n.get("watched").asText() : null));
    }

    private CasePerson person(
            String where,
            String name,
            List<String> aliases,
            String role,
            String org,
            String leader,
            String notes,
            String watched) {
        int before = problems.count();
        if (name == null || name.isBlank()) problems.add(where + ", field name: a person needs a name");
        Role r = problems.parse(where, "role", () -> Role.fromCode(role));
        Boolean isLeader = yesNo(where, "leader", leader, problems);
        // Blank or absent: watched by role (subjects are).
        Boolean isWatched = watched == null || watched.isBlank() ? null : yesNo(where, "watched", watched, problems);
        if (problems.count() > before) return null;
        CasePerson p = new CasePerson(name, aliases, r, org, isLeader, notes);
        if (isWatched != null) p = p.withWatched(isWatched);
        if (p.watched()) {
            for (String w : new WatchedPerson("", p.name(), p.aliases()).warnings()) warnings.add(where + ": " + w);
        }
        return p;
    }
}
