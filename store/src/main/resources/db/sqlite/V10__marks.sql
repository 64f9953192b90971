-- Marks on the pages (issue 8, "Entities and marks"): pattern entities, exemption marks, animus flags. Numbered V10 so
-- that branches built side by side do not take the same version (SqliteDatabase migrates out of order).
-- value and sentence are the page's own words (content): every statement that reads or writes them is in
-- SqliteMarkStore.
CREATE TABLE marks (
    id           TEXT PRIMARY KEY,                     -- from document, page, offsets, kind and code: stable
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page         INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('entities', 'exemptions', 'flags')),
    kind         TEXT NOT NULL,                        -- email, phone, a-number, plate, ssn, date, exemption, flag
    code         TEXT NOT NULL DEFAULT '',             -- exemption code, lexicon term
    label        TEXT NOT NULL DEFAULT '',             -- exemption law, lexicon name, plate state, personal data
    value        TEXT NOT NULL DEFAULT '',             -- content: the value written one way
    sentence     TEXT NOT NULL DEFAULT ''              -- content: a flag's sentence
);
CREATE INDEX marks_document ON marks(document_id, stage);
CREATE INDEX marks_page ON marks(document_id, page, start_offset);
CREATE INDEX marks_kind ON marks(stage, kind);

-- Which rules (a fingerprint per stage) each document was last marked with.
CREATE TABLE mark_runs (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    marked_at   TEXT NOT NULL,
    PRIMARY KEY (document_id, stage)
);
