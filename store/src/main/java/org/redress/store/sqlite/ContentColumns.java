package org.redress.store.sqlite;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every column of the case database that can hold case content, and how an encrypted case stores it: the one list
 * that {@link ColumnEncryption} converts a plain database by, and that a test holds the schema to (a new text column
 * must be listed here or among {@link #PLAIN} with its reason). The stores pass the same column names and row keys to
 * their {@link org.redress.store.crypto.ColumnCipher}; a conversion test reads a converted database back through them.
 */
public final class ContentColumns {
    enum Kind {
        /** Random-nonce AEAD bound to column and row: read back only. */
        SEALED,
        /** Deterministic AEAD under {@link Column#label}: found, joined and kept unique by equality. */
        TOKEN,
        /** A SHA-256 as a token under the shared content-hash label; '' (no parent) stays ''. */
        HASH
    }

    /**
     * @param label the column name given to the cipher ("table.column", or a label shared by columns that join)
     * @param rowKey the columns whose plain values, joined by '/', bind a sealed value to its row
     */
    record Column(String table, String name, Kind kind, String label, List<String> rowKey) {}

    /** The label of the watched person in hits and decisions, which join on it. */
    static final String WATCHED_PERSON = "watched-person";

    /** The label of a mention's id, in the hits and in the findings that cite one. */
    static final String MENTION_ID = "mentions.id";

    /*
     * The ids a user chooses and types (an event id from events.csv, a claim's --id, a claim template's and its
     * elements' ids, a law id) can be a person's name. They are tokens under one label per kind of id, like content
     * hashes, so that the tables that join on them still join, keep them unique and find them by equality; AES-SIV
     * also opens, so the token alone gives the id back to show: no sealed copy beside it is needed.
     */
    /** An event's id: cm_events.id and every event_id that names it. */
    public static final String EVENT_ID = "event-id";

    /** A claim's id in the case. */
    public static final String CLAIM_ID = "claim-id";

    /** A claim element's id (unique within its claim). */
    public static final String ELEMENT_ID = "claim-element-id";

    /** The id of the template a claim was adopted from. */
    public static final String TEMPLATE_ID = "claim-template-id";

    /** The id of a request's law. */
    public static final String LAW_ID = "law-id";

    /** The id of a group of alternative elements of a claim. */
    public static final String ALTERNATIVE = "claim-element-alternative";

    /** The labels of {@link #userIds()}. */
    static final Set<String> USER_ID_LABELS = Set.of(EVENT_ID, CLAIM_ID, ELEMENT_ID, TEMPLATE_ID, LAW_ID, ALTERNATIVE);

    static final List<Column> ALL = all(
            token("sources", "name"),
            hash("documents", "id"),
            sealed(
                    "documents",
                    List.of("id"),
                    "media_type",
                    "title",
                    "author",
                    "created",
                    "modified",
                    "language",
                    "email_from",
                    "email_to",
                    "email_cc",
                    "email_bcc",
                    "email_sent",
                    "email_subject",
                    "message_id",
                    "in_reply_to",
                    "email_references",
                    "status_detail",
                    "opened_with"),
            hash("pages", "document_id"),
            sealed("pages", List.of("document_id", "number"), "text"),
            hash("locations", "document_id"),
            hash("locations", "parent_id"),
            token("locations", "path"),
            token("failures", "path"),
            hash("failures", "document_id"),
            sealed("failures", List.of("source_id", "path"), "reason"),
            token("ingest_runs", "arguments"),
            sealed("cm_organisations", List.of("name"), "kind", "notes"),
            sealed("cm_organisations", List.of(), "name"),
            sealed("cm_people", List.of(), "name"),
            sealed("cm_people", List.of("id"), "organisation", "notes"),
            sealed("cm_aliases", List.of("person_id", "position"), "alias"),
            userId(EVENT_ID, "cm_events", "id"),
            sealed("cm_events", List.of("id"), "date_text", "kind", "place", "description"),
            userId(EVENT_ID, "cm_event_people", "event_id"),
            sealed("cm_event_people", List.of("event_id", "position"), "name"),
            userId(EVENT_ID, "cm_citations", "event_id"),
            hash("cm_citations", "document_id"),
            sealed(
                    "cm_citations",
                    List.of("event_id", "position"),
                    "quote",
                    "witness",
                    "saw",
                    "seen_when",
                    "seen_where",
                    "words",
                    "vehicles",
                    "badges",
                    "url",
                    "title",
                    "source_date"),
            userId(CLAIM_ID, "cm_claims", "id"),
            userId(TEMPLATE_ID, "cm_claims", "template"),
            sealed("cm_claims", List.of("id"), "title", "summary"),
            userId(CLAIM_ID, "cm_claim_elements", "claim_id"),
            userId(ELEMENT_ID, "cm_claim_elements", "id"),
            userId(ALTERNATIVE, "cm_claim_elements", "alternative"),
            sealed("cm_claim_elements", List.of("claim_id", "id"), "title", "law", "authority"),
            userId(CLAIM_ID, "cm_findings", "claim_id"),
            userId(ELEMENT_ID, "cm_findings", "element_id"),
            userId(EVENT_ID, "cm_findings", "event_id"),
            sealed("cm_findings", List.of("id"), "note"),
            List.of(new Column("cm_findings", "mention_id", Kind.TOKEN, MENTION_ID, List.of())),
            userId(LAW_ID, "requests", "law_id"),
            sealed(
                    "requests",
                    List.of("id"),
                    "agency",
                    "office",
                    "subject",
                    "tracking_number",
                    "fees",
                    "appeal_agency",
                    "notes"),
            sealed("request_correspondence", List.of("id"), "kind", "summary"),
            sealed("request_attachments", List.of("correspondence_id", "position"), "name"),
            hash("request_attachments", "sha256"),
            sealed("productions", List.of("id"), "bates_from", "bates_to", "exemptions"),
            token("mentions", "id"),
            List.of(new Column("mentions", "person", Kind.TOKEN, WATCHED_PERSON, List.of())),
            hash("mentions", "document_id"),
            hash("mentions", "page_sha"),
            sealed("mentions", List.of("id"), "matched", "explanation"),
            List.of(new Column("mention_decisions", "person", Kind.TOKEN, WATCHED_PERSON, List.of())),
            hash("mention_decisions", "page_sha"),
            sealed("mention_decisions", List.of("person", "page_sha", "start_offset", "end_offset"), "reason"),
            hash("mention_screening", "document_id"),
            token("mention_screening", "fingerprint"),
            token("marks", "id"),
            hash("marks", "document_id"),
            sealed(
                    "marks",
                    List.of("id"),
                    "value",
                    "sentence",
                    "code",
                    "label"), // a flag's term: a lexicon may name people
            hash("mark_runs", "document_id"),
            token("mark_runs", "fingerprint"),
            sealed("entities", List.of(), "name"),
            token("entities", "name_key"),
            sealed("entity_forms", List.of(), "form"),
            token("entity_forms", "form_key"),
            hash("entity_occurrences", "document_id"),
            hash("entity_pages", "document_id"),
            hash("reuse_references", "document_id"),
            hash("reuse_compared", "document_id"),
            token("reuse_matches", "id"),
            hash("reuse_matches", "reference_document_id"),
            hash("reuse_matches", "document_id"),
            sealed("saved_searches", List.of(), "name", "query", "filters"),
            hash("saved_search_hits", "document_id"),
            sealed(
                    "witness_reports",
                    List.of("id"),
                    "witness",
                    "contact",
                    "seen",
                    "people_seen",
                    "officers",
                    "saw",
                    "seen_date",
                    "seen_time",
                    "seen_when",
                    "seen_where",
                    "words",
                    "vehicles",
                    "plates",
                    "badges",
                    "reason"),
            hash("witness_attachments", "document_id"),
            sealed("witness_attachments", List.of("report_id", "position"), "name"),
            userId(EVENT_ID, "witness_reports", "event_id"),
            hash("privilege_marks", "document_id"),
            sealed("privilege_marks", List.of("document_id", "finding_id"), "marked_by", "reason"));

    /**
     * Text columns left plain, table by table, and why: states, codes and the dates that order things. The ids a user
     * types are not among them ({@link #USER_ID_LABELS}).
     */
    static final Map<String, Set<String>> PLAIN = Map.ofEntries(
            Map.entry("sources", Set.of("received", "ingested_at")), // dates
            Map.entry("documents", Set.of("status", "updated_at")), // state, date
            Map.entry("locations", Set.of("seen_at")),
            Map.entry("failures", Set.of("at")),
            Map.entry("ingest_runs", Set.of("started", "finished")),
            Map.entry("cm_people", Set.of("role", "level")), // subject, official …; a level in the chain of command
            Map.entry("cm_events", Set.of("sort_key")), // the date that orders the chronology
            Map.entry("cm_event_people", Set.of("part")),
            Map.entry("cm_citations", Set.of("type")),
            Map.entry("cm_findings", Set.of("weight")),
            Map.entry(
                    "requests",
                    Set.of(
                            "filed",
                            "received",
                            "status",
                            "tolled",
                            "determined",
                            "appealed",
                            "created_at",
                            "updated_at")), // the dates the deadlines are counted from
            Map.entry("request_correspondence", Set.of("date", "direction", "created_at")),
            Map.entry("productions", Set.of("received", "created_at")),
            Map.entry("mentions", Set.of("rule")), // the name of the matching rule ("full name", "initial")
            Map.entry("mention_decisions", Set.of("status", "decided_at")),
            Map.entry("mention_screening", Set.of("screened_at")),
            // which rules found it: the stage and the built-in kind (email, phone, exemption, flag …)
            Map.entry("marks", Set.of("stage", "kind")),
            Map.entry("mark_runs", Set.of("stage", "marked_at")),
            Map.entry("entities", Set.of("type")), // person, organisation, place
            Map.entry("entity_forms", Set.of("type")),
            Map.entry("entity_pages", Set.of("recogniser", "done_at")), // the recogniser's version, a date
            Map.entry("reuse_compared", Set.of("compared_at")),
            Map.entry("reuse_matches", Set.of("kind")), // verbatim, near, paraphrase
            Map.entry("saved_searches", Set.of("created_at")), // a date
            // when it came, the form's language, draft/accepted/rejected
            Map.entry("witness_reports", Set.of("submitted_at", "language", "status", "reviewed_at")),
            Map.entry("privilege_marks", Set.of("kind", "marked_at")), // attorney-client or work-product; a date
            Map.entry("column_encryption", Set.of("scheme", "key_check", "since")),
            Map.entry(
                    "flyway_schema_history",
                    Set.of("version", "description", "type", "script", "installed_by", "installed_on", "success")));

    private ContentColumns() {}

    /**
     * True when the column is listed, as content or among the plain ones: a schema of another backend (PostgreSQL) is
     * held to the same list, since the same stores write it.
     */
    public static boolean declared(String table, String column) {
        return PLAIN.getOrDefault(table, Set.of()).contains(column)
                || ALL.stream()
                        .anyMatch(c -> c.table().equals(table) && c.name().equals(column));
    }

    /** The content columns of one table. */
    static List<Column> of(String table) {
        return ALL.stream().filter(c -> c.table().equals(table)).toList();
    }

    /** The columns that hold an id a user chose. */
    static List<Column> userIds() {
        return ALL.stream().filter(c -> USER_ID_LABELS.contains(c.label())).toList();
    }

    static String label(String table, String column) {
        return table + "." + column;
    }

    @SafeVarargs
    private static List<Column> all(List<Column>... groups) {
        return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
    }

    private static List<Column> token(String table, String column) {
        return List.of(new Column(table, column, Kind.TOKEN, label(table, column), List.of()));
    }

    private static List<Column> userId(String label, String table, String column) {
        return List.of(new Column(table, column, Kind.TOKEN, label, List.of()));
    }

    private static List<Column> hash(String table, String column) {
        return List.of(new Column(table, column, Kind.HASH, "content-hash", List.of()));
    }

    private static List<Column> sealed(String table, List<String> rowKey, String... columns) {
        return java.util.Arrays.stream(columns)
                .map(c -> new Column(table, c, Kind.SEALED, label(table, c), rowKey))
                .toList();
    }
}
