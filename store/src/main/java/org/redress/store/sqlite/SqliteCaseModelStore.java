package org.redress.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Citation;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Level;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.port.CaseModelStore;
import org.redress.store.crypto.ColumnCipher;

/**
 * The case model of an embedded case, in the same SQLite file as the corpus (tables {@code cm_*}, migration V2).
 * Writes never delete evidence: saving an event again updates its fields and people and adds citations it did
 * not have; saving a claim again updates its elements and keeps its findings. Content columns go through the
 * database's {@link ColumnCipher} ({@link ContentColumns}), so names are matched, ignoring case, and sorted here
 * rather than by SQL. The ids a user types (events', claims', elements', templates') are tokens in an encrypted case
 * ({@link ContentColumns#EVENT_ID} …): bound as tokens, opened as they are read, and the row keys that bind sealed
 * values stay the plain ids, so that a conversion from a plain case seals exactly what the store would.
 */
public final class SqliteCaseModelStore implements CaseModelStore, AutoCloseable {
    private final CaseDatabase database;
    private final Handle h;
    private final ColumnCipher c;
    private final SqliteClaims claims;

    public SqliteCaseModelStore(CaseDatabase database) {
        this.database = database;
        this.h = database.handle();
        this.c = database.cipher();
        this.claims = new SqliteClaims(h, c);
    }

    public static SqliteCaseModelStore open(Path file) {
        return new SqliteCaseModelStore(SqliteDatabase.open(file));
    }

    @Override
    public void close() {
        database.close();
    }

    private String eventToken(String id) {
        return c.token(ContentColumns.EVENT_ID, id);
    }

    private String eventId(String stored) {
        return c.untoken(ContentColumns.EVENT_ID, stored);
    }

    // --- people ------------------------------------------------------------------------------

    @Override
    public synchronized List<CasePerson> people() {
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        h.createQuery("SELECT person_id, position, alias FROM cm_aliases ORDER BY person_id, position")
                .map((rs, ctx) -> {
                    long person = rs.getLong(1);
                    aliases.computeIfAbsent(person, k -> new ArrayList<>())
                            .add(c.open("cm_aliases.alias", Rows.key(person, rs.getInt(2)), rs.getString(3)));
                    return 0;
                })
                .list();
        return h
                .createQuery("SELECT * FROM cm_people")
                .map((rs, ctx) -> person(rs, aliases.getOrDefault(rs.getLong("id"), List.of())))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(CasePerson::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private CasePerson person(ResultSet rs, List<String> aliases) throws SQLException {
        String row = Long.toString(rs.getLong("id"));
        return new CasePerson(
                c.open("cm_people.name", "", rs.getString("name")),
                aliases,
                Role.fromCode(rs.getString("role")),
                c.open("cm_people.organisation", row, rs.getString("organisation")),
                rs.getInt("leader") != 0,
                c.open("cm_people.notes", row, rs.getString("notes")),
                rs.getInt("watched") != 0,
                rs.getString("level") == null ? null : Level.fromText(rs.getString("level")));
    }

    /** The stored names of a table whose names are sealed, by their plain value, to match ignoring case. */
    private Map<String, String> storedNames(Handle tx, String table) {
        Map<String, String> byName = new LinkedHashMap<>();
        tx.createQuery("SELECT name FROM " + table)
                .mapTo(String.class)
                .forEach(stored -> byName.put(c.open(table + ".name", "", stored), stored));
        return byName;
    }

    private static Optional<String> matching(Map<String, String> names, String name) {
        return names.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public synchronized Optional<CasePerson> person(String nameOrAlias) {
        if (nameOrAlias == null) return Optional.empty();
        String n = nameOrAlias.strip();
        return people().stream()
                .filter(p -> p.name().equalsIgnoreCase(n))
                .findFirst()
                .or(() -> people().stream().filter(p -> p.answersTo(n)).findFirst());
    }

    @Override
    public synchronized List<Organisation> organisations() {
        return h
                .createQuery("SELECT * FROM cm_organisations")
                .map((rs, ctx) -> {
                    String name = c.open("cm_organisations.name", "", rs.getString("name"));
                    return new Organisation(
                            name,
                            c.open("cm_organisations.kind", name, rs.getString("kind")),
                            c.open("cm_organisations.notes", name, rs.getString("notes")));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // --- events ------------------------------------------------------------------------------

    @Override
    public synchronized List<CaseEvent> events() {
        return loadEvents("SELECT * FROM cm_events ORDER BY sort_key, seq", null);
    }

    @Override
    public synchronized Optional<CaseEvent> event(String id) {
        return loadEvents("SELECT * FROM cm_events WHERE id = :id", id).stream().findFirst();
    }

    private List<CaseEvent> loadEvents(String sql, String id) {
        var q = h.createQuery(sql);
        if (id != null) q.bind("id", eventToken(id));
        record Row(String id, String date, String kind, String place, String description, boolean disputed) {}
        List<Row> rows = q.map((rs, ctx) -> {
                    String event = eventId(rs.getString("id"));
                    return new Row(
                            event,
                            c.open("cm_events.date_text", event, rs.getString("date_text")),
                            c.open("cm_events.kind", event, rs.getString("kind")),
                            c.open("cm_events.place", event, rs.getString("place")),
                            c.open("cm_events.description", event, rs.getString("description")),
                            rs.getInt("disputed") != 0);
                })
                .list();
        Map<String, List<Participant>> people = new LinkedHashMap<>();
        h.createQuery("SELECT event_id, position, name, part FROM cm_event_people ORDER BY event_id, position")
                .map((rs, ctx) -> {
                    String event = eventId(rs.getString(1));
                    String name = c.open("cm_event_people.name", Rows.key(event, rs.getInt(2)), rs.getString(3));
                    people.computeIfAbsent(event, k -> new ArrayList<>())
                            .add(new Participant(name, Part.fromCode(rs.getString(4))));
                    return 0;
                })
                .list();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM cm_citations ORDER BY event_id, position")
                .map((rs, ctx) -> {
                    citations
                            .computeIfAbsent(eventId(rs.getString("event_id")), k -> new ArrayList<>())
                            .add(citation(rs));
                    return 0;
                })
                .list();
        List<CaseEvent> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new CaseEvent(
                    r.id(),
                    EventDate.parse(r.date()),
                    EventKind.of(r.kind()),
                    people.getOrDefault(r.id(), List.of()),
                    r.place(),
                    r.description(),
                    r.disputed(),
                    citations.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private Citation citation(ResultSet rs) throws SQLException {
        Citation.Type type = Citation.Type.fromCode(rs.getString("type"));
        String row = Rows.key(eventId(rs.getString("event_id")), rs.getInt("position"));
        WitnessStatement ws = type == Citation.Type.WITNESS
                ? new WitnessStatement(
                        citationField(rs, "witness", row),
                        citationField(rs, "saw", row),
                        citationField(rs, "seen_when", row),
                        citationField(rs, "seen_where", row),
                        citationField(rs, "words", row),
                        citationField(rs, "vehicles", row),
                        citationField(rs, "badges", row))
                : null;
        int page = rs.getInt("page");
        Integer pageOrNull = rs.wasNull() ? null : page;
        return new Citation(
                rs.getLong("id"),
                type,
                c.unhash(rs.getString("document_id")),
                pageOrNull,
                citationField(rs, "quote", row),
                ws,
                citationField(rs, "url", row),
                citationField(rs, "title", row),
                citationField(rs, "source_date", row));
    }

    private String citationField(ResultSet rs, String column, String row) throws SQLException {
        return c.open("cm_citations." + column, row, rs.getString(column));
    }

    @Override
    public synchronized List<CaseEvent> saveAll(
            List<CasePerson> people, List<Organisation> organisations, List<CaseEvent> events) {
        return h.inTransaction(tx -> {
            database.holdWriters(tx, "cm_events");
            // Same name ignoring case is the same organisation or person: matched here, as sealed names cannot be.
            Map<String, String> orgNames = storedNames(tx, "cm_organisations");
            for (Organisation o : organisations) {
                Optional<String> known = matching(orgNames, o.name());
                String name = known.orElse(o.name());
                if (known.isEmpty()) {
                    String stored = c.seal("cm_organisations.name", "", name);
                    tx.createUpdate("INSERT INTO cm_organisations(name) VALUES (:n)")
                            .bind("n", stored)
                            .execute();
                    orgNames.put(name, stored);
                }
                tx.createUpdate("UPDATE cm_organisations SET kind = :k, notes = :notes WHERE name = :n")
                        .bind("n", orgNames.get(name))
                        .bind("k", c.seal("cm_organisations.kind", name, o.kind()))
                        .bind("notes", c.seal("cm_organisations.notes", name, o.notes()))
                        .execute();
            }
            Map<String, Long> personIds = new LinkedHashMap<>();
            tx.createQuery("SELECT id, name FROM cm_people")
                    .map((rs, ctx) -> personIds.put(c.open("cm_people.name", "", rs.getString(2)), rs.getLong(1)))
                    .list();
            for (CasePerson p : people) {
                Optional<Long> known = personIds.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(p.name()))
                        .map(Map.Entry::getValue)
                        .findFirst();
                long id;
                if (known.isPresent()) {
                    id = known.get();
                } else {
                    id = tx.createUpdate("INSERT INTO cm_people(name, role) VALUES (:n, :r)")
                            .bind("n", c.seal("cm_people.name", "", p.name()))
                            .bind("r", p.role().code())
                            .executeAndReturnGeneratedKeys("id")
                            .mapTo(Long.class)
                            .one();
                    personIds.put(p.name(), id);
                }
                String row = Long.toString(id);
                tx.createUpdate("UPDATE cm_people SET role = :r, organisation = :o, leader = :l, notes = :notes, "
                                + "watched = :w, level = :level WHERE id = :id")
                        .bind("id", id)
                        .bind("r", p.role().code())
                        .bind("o", c.seal("cm_people.organisation", row, p.organisation()))
                        .bind("l", p.leader() ? 1 : 0)
                        .bind("notes", c.seal("cm_people.notes", row, p.notes()))
                        .bind("w", p.watched() ? 1 : 0)
                        .bind("level", p.level() == null ? null : p.level().code())
                        .execute();
                tx.createUpdate("DELETE FROM cm_aliases WHERE person_id = :id")
                        .bind("id", id)
                        .execute();
                for (int i = 0; i < p.aliases().size(); i++) {
                    tx.createUpdate("INSERT INTO cm_aliases(person_id, position, alias) VALUES (:id, :i, :a)")
                            .bind("id", id)
                            .bind("i", i)
                            .bind(
                                    "a",
                                    c.seal(
                                            "cm_aliases.alias",
                                            Rows.key(id, i),
                                            p.aliases().get(i)))
                            .execute();
                }
            }
            // The highest E<number> so far, read in Java: the SQL stays the same on SQLite and PostgreSQL, and the
            // ids may be tokens.
            long next = tx.createQuery("SELECT id FROM cm_events").mapTo(String.class).stream()
                    .map(this::eventId)
                    .filter(id -> id.startsWith("E")
                            && id.length() > 1
                            && id.length() < 19
                            && id.chars().skip(1).allMatch(Character::isDigit))
                    .mapToLong(id -> Long.parseLong(id.substring(1)))
                    .max()
                    .orElse(0);
            long seq = tx.createQuery("SELECT COALESCE(MAX(seq), 0) FROM cm_events")
                    .mapTo(Long.class)
                    .one();
            List<String> ids = new ArrayList<>();
            for (CaseEvent e : events) {
                String id = e.id().isBlank() ? "E" + (++next) : e.id().strip();
                ids.add(id);
                tx.createUpdate(
                                "INSERT INTO cm_events(id, seq, date_text, sort_key, kind, place, description, disputed) "
                                        + "VALUES (:id, :seq, :d, :s, :k, :p, :desc, :disp) ON CONFLICT(id) DO UPDATE SET "
                                        + "date_text = excluded.date_text, sort_key = excluded.sort_key, kind = excluded.kind, "
                                        + "place = excluded.place, description = excluded.description, disputed = excluded.disputed")
                        .bind("id", eventToken(id))
                        .bind("seq", ++seq)
                        .bind("d", c.seal("cm_events.date_text", id, e.date().toString()))
                        .bind("s", e.date().sortKey())
                        .bind("k", c.seal("cm_events.kind", id, e.kind().code()))
                        .bind("p", c.seal("cm_events.place", id, e.place()))
                        .bind("desc", c.seal("cm_events.description", id, e.description()))
                        .bind("disp", e.disputed() ? 1 : 0)
                        .execute();
                tx.createUpdate("DELETE FROM cm_event_people WHERE event_id = :id")
                        .bind("id", eventToken(id))
                        .execute();
                for (int i = 0; i < e.people().size(); i++) {
                    Participant p = e.people().get(i);
                    tx.createUpdate(
                                    "INSERT INTO cm_event_people(event_id, position, name, part) VALUES (:id, :i, :n, :p)")
                            .bind("id", eventToken(id))
                            .bind("i", i)
                            .bind("n", c.seal("cm_event_people.name", Rows.key(id, i), p.name()))
                            .bind("p", p.part().code())
                            .execute();
                }
                List<Citation> existing = citationsOf(tx, id);
                for (Citation c : e.citations()) {
                    if (existing.stream().noneMatch(x -> sameEvidence(x, c))) {
                        insertCitation(tx, id, c);
                        existing = citationsOf(tx, id);
                    }
                }
            }
            List<CaseEvent> saved = new ArrayList<>();
            for (String id : ids) saved.add(eventIn(tx, id));
            return saved;
        });
    }

    private CaseEvent eventIn(Handle tx, String id) {
        return loadEvents("SELECT * FROM cm_events WHERE id = :id", id).get(0);
    }

    private List<Citation> citationsOf(Handle tx, String eventId) {
        return tx.createQuery("SELECT * FROM cm_citations WHERE event_id = :e ORDER BY position")
                .bind("e", eventToken(eventId))
                .map((rs, ctx) -> citation(rs))
                .list();
    }

    private static boolean sameEvidence(Citation a, Citation b) {
        return a.withId(0).equals(b.withId(0));
    }

    private long insertCitation(Handle tx, String eventId, Citation citation) {
        int position = tx.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM cm_citations WHERE event_id = :e")
                .bind("e", eventToken(eventId))
                .mapTo(Integer.class)
                .one();
        WitnessStatement w = citation.statement();
        String row = Rows.key(eventId, position);
        java.util.function.BiFunction<String, String, String> seal =
                (column, value) -> c.seal("cm_citations." + column, row, value);
        return tx.createUpdate(
                        "INSERT INTO cm_citations(event_id, position, type, document_id, page, quote, witness, saw, seen_when, "
                                + "seen_where, words, vehicles, badges, url, title, source_date) VALUES (:e, :pos, :type, :doc, :page, :quote, "
                                + ":witness, :saw, :when, :where, :words, :vehicles, :badges, :url, :title, :date)")
                .bind("e", eventToken(eventId))
                .bind("pos", position)
                .bind("type", citation.type().code())
                .bind("doc", c.hash(citation.documentId()))
                .bind("page", citation.page())
                .bind("quote", seal.apply("quote", citation.quote()))
                .bind("witness", seal.apply("witness", w == null ? null : w.witness()))
                .bind("saw", seal.apply("saw", w == null ? null : w.saw()))
                .bind("when", seal.apply("seen_when", w == null ? null : w.when()))
                .bind("where", seal.apply("seen_where", w == null ? null : w.where()))
                .bind("words", seal.apply("words", w == null ? null : w.words()))
                .bind("vehicles", seal.apply("vehicles", w == null ? null : w.vehicles()))
                .bind("badges", seal.apply("badges", w == null ? null : w.badges()))
                .bind("url", seal.apply("url", citation.url()))
                .bind("title", seal.apply("title", citation.title()))
                .bind("date", seal.apply("source_date", citation.sourceDate()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public synchronized Citation addCitation(String eventId, Citation citation) {
        return h.inTransaction(tx -> {
            database.holdWriters(tx, "cm_events"); // the citation's position follows the event's last
            if (tx.createQuery("SELECT COUNT(*) FROM cm_events WHERE id = :e")
                            .bind("e", eventToken(eventId))
                            .mapTo(Integer.class)
                            .one()
                    == 0) {
                throw new IllegalArgumentException("there is no event '" + eventId + "'");
            }
            return citation.withId(insertCitation(tx, eventId, citation));
        });
    }

    @Override
    public synchronized Optional<Citation> citation(long id) {
        return h.createQuery("SELECT * FROM cm_citations WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> citation(rs))
                .findOne();
    }

    // --- claims and findings: their own class, over the same handle and cipher ------------------

    @Override
    public synchronized void saveClaim(Claim claim) {
        claims.save(claim);
    }

    @Override
    public synchronized List<Claim> claims() {
        return claims.all();
    }

    @Override
    public synchronized Optional<Claim> claim(String id) {
        return claims().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Finding addFinding(Finding f) {
        return claims.addFinding(f);
    }

    @Override
    public synchronized List<Finding> findings() {
        return claims.findings();
    }
}
