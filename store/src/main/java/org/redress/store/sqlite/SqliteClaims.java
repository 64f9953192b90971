package org.redress.store.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import org.redress.store.crypto.ColumnCipher;

/**
 * The claims of an embedded case, their elements, and the findings that link evidence to them (tables
 * {@code cm_claims}, {@code cm_claim_elements}, {@code cm_findings}). Saving a claim again updates its elements and
 * keeps its findings. The caller ({@link SqliteCaseModelStore}) holds the lock; content goes through its cipher.
 */
final class SqliteClaims {
    private final Handle h;
    private final ColumnCipher c;

    SqliteClaims(Handle h, ColumnCipher c) {
        this.h = h;
        this.c = c;
    }

    void save(Claim claim) {
        h.useTransaction(tx -> {
            tx.createUpdate(
                            "INSERT INTO cm_claims(id, template, title, summary) VALUES (:id, :t, :title, :s) ON CONFLICT(id) DO UPDATE "
                                    + "SET template = excluded.template, title = excluded.title, summary = excluded.summary")
                    .bind("id", c.token(ContentColumns.CLAIM_ID, claim.id()))
                    .bind("t", c.token(ContentColumns.TEMPLATE_ID, claim.template()))
                    .bind("title", c.seal("cm_claims.title", claim.id(), claim.title()))
                    .bind("s", c.seal("cm_claims.summary", claim.id(), claim.summary()))
                    .execute();
            for (int i = 0; i < claim.elements().size(); i++) {
                ClaimElement e = claim.elements().get(i);
                tx.createUpdate(
                                "INSERT INTO cm_claim_elements(claim_id, position, id, title, law, authority, alternative) "
                                        + "VALUES (:c, :p, :id, :t, :l, :a, :alt) "
                                        + "ON CONFLICT(claim_id, id) DO UPDATE SET position = excluded.position, title = excluded.title, "
                                        + "law = excluded.law, authority = excluded.authority, alternative = excluded.alternative")
                        .bind("c", c.token(ContentColumns.CLAIM_ID, claim.id()))
                        .bind("p", i)
                        .bind("id", c.token(ContentColumns.ELEMENT_ID, e.id()))
                        .bind("t", c.seal("cm_claim_elements.title", Rows.key(claim.id(), e.id()), e.title()))
                        .bind("l", c.seal("cm_claim_elements.law", Rows.key(claim.id(), e.id()), e.law()))
                        .bind("a", c.seal("cm_claim_elements.authority", Rows.key(claim.id(), e.id()), e.authority()))
                        .bind("alt", c.token(ContentColumns.ALTERNATIVE, e.alternative()))
                        .execute();
            }
        });
    }

    List<Claim> all() {
        Map<String, List<ClaimElement>> elements = new LinkedHashMap<>();
        h.createQuery("SELECT * FROM cm_claim_elements ORDER BY claim_id, position")
                .map((rs, ctx) -> {
                    String claim = c.untoken(ContentColumns.CLAIM_ID, rs.getString("claim_id"));
                    String element = c.untoken(ContentColumns.ELEMENT_ID, rs.getString("id"));
                    String row = Rows.key(claim, element);
                    elements.computeIfAbsent(claim, k -> new ArrayList<>())
                            .add(new ClaimElement(
                                    element,
                                    c.open("cm_claim_elements.title", row, rs.getString("title")),
                                    c.open("cm_claim_elements.law", row, rs.getString("law")),
                                    c.open("cm_claim_elements.authority", row, rs.getString("authority")),
                                    c.untoken(ContentColumns.ALTERNATIVE, rs.getString("alternative"))));
                    return 0;
                })
                .list();
        return h.createQuery("SELECT * FROM cm_claims ORDER BY rowid")
                .map((rs, ctx) -> {
                    String id = c.untoken(ContentColumns.CLAIM_ID, rs.getString("id"));
                    return new Claim(
                            id,
                            c.untoken(ContentColumns.TEMPLATE_ID, rs.getString("template")),
                            c.open("cm_claims.title", id, rs.getString("title")),
                            c.open("cm_claims.summary", id, rs.getString("summary")),
                            elements.getOrDefault(id, List.of()));
                })
                .list();
    }

    Finding addFinding(Finding f) {
        // The note is bound to the finding's id, known once the row exists: both in one transaction.
        long id = h.inTransaction(tx -> {
            long made = tx.createUpdate(
                            "INSERT INTO cm_findings(claim_id, element_id, event_id, citation_id, weight, mention_id) "
                                    + "VALUES (:c, :e, :ev, :ci, :w, :m)")
                    .bind("c", c.token(ContentColumns.CLAIM_ID, f.claimId()))
                    .bind("e", c.token(ContentColumns.ELEMENT_ID, f.elementId()))
                    .bind("ev", c.token(ContentColumns.EVENT_ID, f.eventId()))
                    .bind("ci", f.citationId())
                    .bind("w", f.weight().code())
                    .bind("m", c.token(ContentColumns.MENTION_ID, f.mentionId()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            tx.createUpdate("UPDATE cm_findings SET note = :n WHERE id = :id")
                    .bind("id", made)
                    .bind("n", c.seal("cm_findings.note", Long.toString(made), f.note()))
                    .execute();
            return made;
        });
        return f.withId(id);
    }

    List<Finding> findings() {
        return h.createQuery("SELECT * FROM cm_findings ORDER BY id")
                .map((rs, ctx) -> {
                    long ci = rs.getLong("citation_id");
                    Long citation = rs.wasNull() ? null : ci;
                    return new Finding(
                            rs.getLong("id"),
                            c.untoken(ContentColumns.CLAIM_ID, rs.getString("claim_id")),
                            c.untoken(ContentColumns.ELEMENT_ID, rs.getString("element_id")),
                            c.untoken(ContentColumns.EVENT_ID, rs.getString("event_id")),
                            citation,
                            Weight.fromCode(rs.getString("weight")),
                            c.open("cm_findings.note", Long.toString(rs.getLong("id")), rs.getString("note")),
                            c.untoken(ContentColumns.MENTION_ID, rs.getString("mention_id")));
                })
                .list();
    }
}
