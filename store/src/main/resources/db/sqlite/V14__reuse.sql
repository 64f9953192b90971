-- Text reuse (issue 10): the group's own material as reference sources, and the passages of agency records that
-- reuse it. Numbered after the issue's part so that branches built side by side do not take the same version.

-- A source ingested with --reference: the group's material, not an agency record. Private: notes and agendas of
-- closed meetings, never exported unless asked.
CREATE TABLE reference_sources (
    source_id  INTEGER PRIMARY KEY REFERENCES sources(id),
    private    INTEGER NOT NULL DEFAULT 0
);

-- Each reference document gets a sequence number the first time it is seen, so that a record compared with the
-- references up to N is compared later only with those after N.
CREATE TABLE reuse_references (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE
);

-- Which references (up to which sequence number) each record was compared with.
CREATE TABLE reuse_compared (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    up_to_seq   INTEGER NOT NULL,
    compared_at TEXT NOT NULL
);

-- Passages found: offsets only, never the words (they are read from the pages when shown). The id is derived from
-- both documents, the page and the offsets, so it stays the same when the comparison runs again.
CREATE TABLE reuse_matches (
    id                    TEXT PRIMARY KEY,
    reference_document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    reference_start       INTEGER NOT NULL,
    reference_end         INTEGER NOT NULL,
    document_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page                  INTEGER NOT NULL,
    start_offset          INTEGER NOT NULL,
    end_offset            INTEGER NOT NULL,
    words                 INTEGER NOT NULL,
    similarity            REAL NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('verbatim', 'near', 'paraphrase'))
);
CREATE INDEX reuse_matches_document ON reuse_matches(document_id, page, start_offset);
CREATE INDEX reuse_matches_reference ON reuse_matches(reference_document_id);
