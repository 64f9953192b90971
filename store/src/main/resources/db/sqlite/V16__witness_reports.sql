-- Reports sent through the witness form: a statement and a draft event, kept apart from cm_events so that a draft
-- never reaches the chronology, its exports, the claims or the statistics until a case member accepts it.
CREATE TABLE witness_reports (
    id           INTEGER PRIMARY KEY,
    submitted_at TEXT NOT NULL,                  -- ISO instant
    language     TEXT NOT NULL CHECK (language IN ('es', 'en')),
    status       TEXT NOT NULL CHECK (status IN ('draft', 'accepted', 'rejected')),
    witness      TEXT NOT NULL DEFAULT '',       -- the statement (sealed in an encrypted case)
    contact      TEXT NOT NULL DEFAULT '',
    seen         TEXT NOT NULL DEFAULT '',       -- arrest, stop, visit, other
    people_seen  TEXT NOT NULL DEFAULT '',
    officers     TEXT NOT NULL DEFAULT '',
    saw          TEXT NOT NULL DEFAULT '',
    seen_date    TEXT NOT NULL DEFAULT '',
    seen_time    TEXT NOT NULL DEFAULT '',
    seen_when    TEXT NOT NULL DEFAULT '',
    seen_where   TEXT NOT NULL DEFAULT '',
    words        TEXT NOT NULL DEFAULT '',
    vehicles     TEXT NOT NULL DEFAULT '',
    plates       TEXT NOT NULL DEFAULT '',
    badges       TEXT NOT NULL DEFAULT '',
    event_id     TEXT,                           -- the event it became once accepted
    reason       TEXT NOT NULL DEFAULT '',       -- why it was rejected
    reviewed_at  TEXT
);

CREATE TABLE witness_attachments (
    report_id   INTEGER NOT NULL REFERENCES witness_reports(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    document_id TEXT NOT NULL,                   -- SHA-256 of the original, a document of the "witness" source
    name        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
);
