-- The corpus of one case: sources, documents (by SHA-256), their pages, where they were found, and failures.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    received    TEXT,
    ingested_at TEXT NOT NULL
);

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,           -- SHA-256 of the original bytes
    size            INTEGER NOT NULL,
    media_type      TEXT,
    title           TEXT,
    author          TEXT,
    created         TEXT,
    modified        TEXT,
    language        TEXT,
    email_from      TEXT,
    email_to        TEXT,                        -- newline-separated addresses
    email_cc        TEXT,
    email_bcc       TEXT,
    email_sent      TEXT,
    email_subject   TEXT,
    message_id      TEXT,
    in_reply_to     TEXT,
    is_email        INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL,
    status_detail   TEXT,
    opened_with     TEXT,
    page_count      INTEGER NOT NULL DEFAULT 0,
    indexed         INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);
CREATE INDEX documents_unindexed ON documents(indexed) WHERE indexed = 0;

CREATE TABLE pages (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,
    ocr         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, number)
);

-- parent_id is '' for a file given on the command line, so the unique key treats it as a value.
CREATE TABLE locations (
    document_id TEXT NOT NULL REFERENCES documents(id),
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    parent_id   TEXT NOT NULL DEFAULT '',
    path        TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    UNIQUE (document_id, source_id, parent_id, path)
);
CREATE INDEX locations_parent ON locations(parent_id);

CREATE TABLE failures (
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    path        TEXT NOT NULL,
    document_id TEXT,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL,
    UNIQUE (source_id, path)
);

CREATE TABLE ingest_runs (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    arguments TEXT NOT NULL,
    started   TEXT NOT NULL,
    finished  TEXT
);
