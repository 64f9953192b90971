-- Public-records requests, their correspondence and their productions (each production is a source of the corpus).
CREATE TABLE requests (
    id              INTEGER PRIMARY KEY,
    law_id          TEXT NOT NULL,
    agency          TEXT NOT NULL,
    office          TEXT,
    subject         TEXT NOT NULL,
    filed           TEXT,
    received        TEXT,
    tracking_number TEXT,
    status          TEXT NOT NULL,
    fees            TEXT,                        -- decimal as text, exact
    extension       INTEGER NOT NULL DEFAULT 0,
    expedited       INTEGER NOT NULL DEFAULT 0,
    tolled          TEXT,                        -- newline-separated FROM:TO periods
    determined      TEXT,
    appealed        TEXT,
    appeal_agency   TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX requests_tracking ON requests(tracking_number COLLATE NOCASE);

CREATE TABLE request_correspondence (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    date        TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind        TEXT NOT NULL,
    summary     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX request_correspondence_request ON request_correspondence(request_id);

CREATE TABLE request_attachments (
    correspondence_id INTEGER NOT NULL REFERENCES request_correspondence(id),
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL,
    sha256            TEXT NOT NULL,           -- the original, in the blob store
    size              INTEGER NOT NULL,
    PRIMARY KEY (correspondence_id, position)
);

CREATE TABLE productions (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    number      INTEGER NOT NULL,
    source_id   INTEGER NOT NULL UNIQUE REFERENCES sources(id),
    received    TEXT,
    bates_from  TEXT,
    bates_to    TEXT,
    exemptions  TEXT,                          -- newline-separated, as the agency wrote them
    created_at  TEXT NOT NULL,
    UNIQUE (request_id, number)
);
