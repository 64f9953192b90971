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
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Level;
import org.redress.core.casemodel.Organisation;
import org.redress.core.casemodel.Part;
import org.redress.core.casemodel.Participant;
import org.redress.core.casemodel.Role;
import org.redress.core.casemodel.Weight;
import org.redress.core.casemodel.WitnessStatement;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.port.CaseModelStore;

/**
 * The case model of an embedded case, in the same SQLite file as the corpus (tables {@code cm_*}, migration V2).
 * Writes never delete evidence: saving an event again updates its fields and people and adds citations it did
 * not have; saving a claim again updates its elements and keeps its findings.
 */
public final class SqliteCaseModelStore implements CaseModelStore, AutoCloseable {
    private final SqliteDatabase database;
    private final Handle h;

    public SqliteCaseModelStore(SqliteDatabase database) {
        this.database = database;
        this.h = database.handle();
    }

    public static SqliteCaseModelStore open(Path file) {
        return new SqliteCaseModelStore(SqliteDatabase.open(file));
    }

    @Override
    public void close() {
        database.close();
    }

    // --- people ------------------------------------------------------------------------------

    @Override
    public synchronized List<CasePerson> people() {
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        h.createQuery("SELECT person_id, alias FROM cm_aliases ORDER BY person_id, position")
                .map((rs, ctx) -> {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                    return 0;
                })
                .list();
        return h.createQuery("SELECT * FROM cm_people ORDER BY name COLLATE NOCASE")
                .map((rs, ctx) -> person(rs, aliases.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static CasePerson person(ResultSet rs, List<String> aliases) throws SQLException {
        return new CasePerson(
                rs.getString("name"),
                aliases,
                Role.fromCode(rs.getString("role")),
                rs.getString("organisation"),
                rs.getInt("leader") != 0,
                rs.getString("notes"),
                rs.getInt("watched") != 0,
                rs.getString("level") == null ? null : Level.fromText(rs.getString("level")));
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
        return h.createQuery("SELECT * FROM cm_organisations ORDER BY name COLLATE NOCASE")
                .map((rs, ctx) -> new Organisation(rs.getString("name"), rs.getString("kind"), rs.getString("notes")))
                .list();
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
        if (id != null) q.bind("id", id);
        record Row(String id, String date, String kind, String place, String description, boolean disputed) {}
        List<Row> rows = q.map((rs, ctx) -> new Row(
                        rs.getString("id"),
                        rs.getString("date_text"),
                        rs.getString("kind"),
                        rs.getString("place"),
                        rs.getString("description"),
                        rs.getInt("disputed") != 0))
                .list();
        Map<String, List<Participant>> people = new LinkedHashMap<>();
        h.createQuery("SELECT event_id, name, part FROM cm_event_people ORDER BY event_id, position")
                .map((rs, ctx) -> {
                    people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(2), Part.fromCode(rs.getString(3))));
                    return 0;
                })
                .list();
        Map<String, List<Citation>> citations = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM cm_citations ORDER BY event_id, position")
                .map((rs, ctx) -> {
                    citations
                            .computeIfAbsent(rs.getString("event_id"), k -> new ArrayList<>())
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

    private static Citation citation(ResultSet rs) throws SQLException {
        Citation.Type type = Citation.Type.fromCode(rs.getString("type"));
        WitnessStatement ws = type == Citation.Type.WITNESS
                ? new WitnessStatement(
                        rs.getString("witness"),
                        rs.getString("saw"),
                        rs.getString("seen_when"),
                        rs.getString("seen_where"),
                        rs.getString("words"),
                        rs.getString("vehicles"),
                        rs.getString("badges"))
                : null;
        int page = rs.getInt("page");
        return new Citation(
                rs.getLong("id"),
                type,
                rs.getString("document_id"),
                rs.wasNull() ? null : page,
                rs.getString("quote"),
                ws,
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("source_date"));
    }

    @Override
    public synchronized List<CaseEvent> saveAll(
            List<CasePerson> people, List<Organisation> organisations, List<CaseEvent> events) {
        return h.inTransaction(tx -> {
            for (Organisation o : organisations) {
                tx.createUpdate("INSERT INTO cm_organisations(name, kind, notes) VALUES (:n, :k, :notes) "
                                + "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, notes = excluded.notes")
                        .bind("n", o.name())
                        .bind("k", o.kind())
                        .bind("notes", o.notes())
                        .execute();
            }
            for (CasePerson p : people) {
                tx.createUpdate("INSERT INTO cm_people(name, role, organisation, leader, notes, watched, level) "
                                + "VALUES (:n, :r, :o, :l, :notes, :w, :level) "
                                + "ON CONFLICT(name) DO UPDATE SET role = excluded.role, organisation = excluded.organisation, "
                                + "leader = excluded.leader, notes = excluded.notes, watched = excluded.watched, "
                                + "level = excluded.level")
                        .bind("n", p.name())
                        .bind("r", p.role().code())
                        .bind("o", p.organisation())
                        .bind("l", p.leader() ? 1 : 0)
                        .bind("notes", p.notes())
                        .bind("w", p.watched() ? 1 : 0)
                        .bind("level", p.level() == null ? null : p.level().code())
                        .execute();
                long id = tx.createQuery("SELECT id FROM cm_people WHERE name = :n")
                        .bind("n", p.name())
                        .mapTo(Long.class)
                        .one();
                tx.createUpdate("DELETE FROM cm_aliases WHERE person_id = :id")
                        .bind("id", id)
                        .execute();
                for (int i = 0; i < p.aliases().size(); i++) {
                    tx.createUpdate("INSERT INTO cm_aliases(person_id, position, alias) VALUES (:id, :i, :a)")
                            .bind("id", id)
                            .bind("i", i)
                            .bind("a", p.aliases().get(i))
                            .execute();
                }
            }
            long next = tx.createQuery("SELECT COALESCE(MAX(CAST(SUBSTR(id, 2) AS INTEGER)), 0) FROM cm_events "
                            + "WHERE id GLOB 'E[0-9]*' AND SUBSTR(id, 2) NOT GLOB '*[^0-9]*'")
                    .mapTo(Long.class)
                    .one();
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
                        .bind("id", id)
                        .bind("seq", ++seq)
                        .bind("d", e.date().toString())
                        .bind("s", e.date().sortKey())
                        .bind("k", e.kind().code())
                        .bind("p", e.place())
                        .bind("desc", e.description())
                        .bind("disp", e.disputed() ? 1 : 0)
                        .execute();
                tx.createUpdate("DELETE FROM cm_event_people WHERE event_id = :id")
                        .bind("id", id)
                        .execute();
                for (int i = 0; i < e.people().size(); i++) {
                    Participant p = e.people().get(i);
                    tx.createUpdate(
                                    "INSERT INTO cm_event_people(event_id, position, name, part) VALUES (:id, :i, :n, :p)")
                            .bind("id", id)
                            .bind("i", i)
                            .bind("n", p.name())
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

    private static List<Citation> citationsOf(Handle tx, String eventId) {
        return tx.createQuery("SELECT * FROM cm_citations WHERE event_id = :e ORDER BY position")
                .bind("e", eventId)
                .map((rs, ctx) -> citation(rs))
                .list();
    }

    private static boolean sameEvidence(Citation a, Citation b) {
        return a.withId(0).equals(b.withId(0));
    }

    private static long insertCitation(Handle tx, String eventId, Citation c) {
        int position = tx.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM cm_citations WHERE event_id = :e")
                .bind("e", eventId)
                .mapTo(Integer.class)
                .one();
        WitnessStatement w = c.statement();
        return tx.createUpdate(
                        "INSERT INTO cm_citations(event_id, position, type, document_id, page, quote, witness, saw, seen_when, "
                                + "seen_where, words, vehicles, badges, url, title, source_date) VALUES (:e, :pos, :type, :doc, :page, :quote, "
                                + ":witness, :saw, :when, :where, :words, :vehicles, :badges, :url, :title, :date)")
                .bind("e", eventId)
                .bind("pos", position)
                .bind("type", c.type().code())
                .bind("doc", c.documentId())
                .bind("page", c.page())
                .bind("quote", c.quote())
                .bind("witness", w == null ? null : w.witness())
                .bind("saw", w == null ? null : w.saw())
                .bind("when", w == null ? null : w.when())
                .bind("where", w == null ? null : w.where())
                .bind("words", w == null ? null : w.words())
                .bind("vehicles", w == null ? null : w.vehicles())
                .bind("badges", w == null ? null : w.badges())
                .bind("url", c.url())
                .bind("title", c.title())
                .bind("date", c.sourceDate())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public synchronized Citation addCitation(String eventId, Citation citation) {
        return h.inTransaction(tx -> {
            if (tx.createQuery("SELECT COUNT(*) FROM cm_events WHERE id = :e")
                            .bind("e", eventId)
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

    // --- claims ------------------------------------------------------------------------------

    @Override
    public synchronized void saveClaim(Claim claim) {
        h.useTransaction(tx -> {
            tx.createUpdate(
                            "INSERT INTO cm_claims(id, template, title, summary) VALUES (:id, :t, :title, :s) ON CONFLICT(id) DO UPDATE "
                                    + "SET template = excluded.template, title = excluded.title, summary = excluded.summary")
                    .bind("id", claim.id())
                    .bind("t", claim.template())
                    .bind("title", claim.title())
                    .bind("s", claim.summary())
                    .execute();
            for (int i = 0; i < claim.elements().size(); i++) {
                ClaimElement e = claim.elements().get(i);
                tx.createUpdate(
                                "INSERT INTO cm_claim_elements(claim_id, position, id, title, law, authority, alternative) "
                                        + "VALUES (:c, :p, :id, :t, :l, :a, :alt) "
                                        + "ON CONFLICT(claim_id, id) DO UPDATE SET position = excluded.position, title = excluded.title, "
                                        + "law = excluded.law, authority = excluded.authority, alternative = excluded.alternative")
                        .bind("c", claim.id())
                        .bind("p", i)
                        .bind("id", e.id())
                        .bind("t", e.title())
                        .bind("l", e.law())
                        .bind("a", e.authority())
                        .bind("alt", e.alternative())
                        .execute();
            }
        });
    }

    @Override
    public synchronized List<Claim> claims() {
        Map<String, List<ClaimElement>> elements = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM cm_claim_elements ORDER BY claim_id, position")
                .map((rs, ctx) -> {
                    elements.computeIfAbsent(rs.getString("claim_id"), k -> new ArrayList<>())
                            .add(new ClaimElement(
                                    rs.getString("id"),
                                    rs.getString("title"),
                                    rs.getString("law"),
                                    rs.getString("authority"),
                                    rs.getString("alternative")));
                    return 0;
                })
                .list();
        return h.createQuery("SELECT * FROM cm_claims ORDER BY rowid")
                .map((rs, ctx) -> new Claim(
                        rs.getString("id"),
                        rs.getString("template"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        elements.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    @Override
    public synchronized Optional<Claim> claim(String id) {
        return claims().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Finding addFinding(Finding f) {
        long id = h.createUpdate("INSERT INTO cm_findings(claim_id, element_id, event_id, citation_id, weight, note) "
                        + "VALUES (:c, :e, :ev, :ci, :w, :n)")
                .bind("c", f.claimId())
                .bind("e", f.elementId())
                .bind("ev", f.eventId())
                .bind("ci", f.citationId())
                .bind("w", f.weight().code())
                .bind("n", f.note())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new Finding(id, f.claimId(), f.elementId(), f.eventId(), f.citationId(), f.weight(), f.note());
    }

    @Override
    public synchronized List<Finding> findings() {
        return h.createQuery("SELECT * FROM cm_findings ORDER BY id")
                .map((rs, ctx) -> {
                    long ci = rs.getLong("citation_id");
                    Long citation = rs.wasNull() ? null : ci;
                    return new Finding(
                            rs.getLong("id"),
                            rs.getString("claim_id"),
                            rs.getString("element_id"),
                            rs.getString("event_id"),
                            citation,
                            Weight.fromCode(rs.getString("weight")),
                            rs.getString("note"));
                })
                .list();
    }
}
