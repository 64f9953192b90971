-- Mentions of the watch list (issue 8; numbered after the issue so that branches built side by side do not take the
-- same version: SqliteDatabase migrates out of order).
-- The watch list: subjects are watched unless the team says otherwise; anyone else when the team says so.
ALTER TABLE cm_people ADD COLUMN watched INTEGER NOT NULL DEFAULT 0;
UPDATE cm_people SET watched = 1 WHERE role = 'subject';

-- Hits, rebuilt by screening. The id is derived from person, document, page and offsets, so it stays the same.
CREATE TABLE mentions (
    id           TEXT PRIMARY KEY,
    person       TEXT NOT NULL COLLATE NOCASE,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page         INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    matched      TEXT NOT NULL,
    score        REAL NOT NULL,
    rule         TEXT NOT NULL,
    explanation  TEXT NOT NULL DEFAULT '',             -- one line per word
    page_sha     TEXT NOT NULL                         -- SHA-256 of the page's text: decisions follow it
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_order ON mentions(person, document_id, page, start_offset);
CREATE INDEX mentions_words ON mentions(person, page_sha, start_offset, end_offset);

-- Reviewers' decisions, apart from the hits: they survive screening again and cover identical pages elsewhere.
CREATE TABLE mention_decisions (
    person       TEXT NOT NULL COLLATE NOCASE,
    page_sha     TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'rejected', 'unsure')),
    reason       TEXT NOT NULL DEFAULT '',
    decided_at   TEXT NOT NULL,
    PRIMARY KEY (person, page_sha, start_offset, end_offset)
);

-- Which watch list (its fingerprint) each document was last screened with.
CREATE TABLE mention_screening (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    screened_at TEXT NOT NULL
);
