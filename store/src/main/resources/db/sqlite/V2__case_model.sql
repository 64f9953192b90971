-- The case model: people, organisations, events with their people and citations, claims, elements and findings.
CREATE TABLE cm_organisations (
    name  TEXT PRIMARY KEY COLLATE NOCASE,
    kind  TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cm_people (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role         TEXT NOT NULL CHECK (role IN ('subject', 'official', 'witness', 'other')),
    organisation TEXT,
    leader       INTEGER NOT NULL DEFAULT 0,
    notes        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cm_aliases (
    person_id INTEGER NOT NULL REFERENCES cm_people(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX cm_aliases_alias ON cm_aliases(alias COLLATE NOCASE);

CREATE TABLE cm_events (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,                -- order of entry, breaks ties
    date_text   TEXT NOT NULL,                   -- EventDate canonical text
    sort_key    TEXT NOT NULL,                   -- EventDate.sortKey()
    kind        TEXT NOT NULL,                   -- category.name
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    disputed    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cm_events_sort ON cm_events(sort_key, id);

CREATE TABLE cm_event_people (
    event_id TEXT NOT NULL REFERENCES cm_events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    part     TEXT NOT NULL CHECK (part IN ('target', 'actor', 'witness')),
    PRIMARY KEY (event_id, position)
);

CREATE TABLE cm_citations (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL REFERENCES cm_events(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('document', 'witness', 'outside')),
    document_id TEXT,                            -- full SHA-256; the page was checked to exist when cited
    page        INTEGER,
    quote       TEXT NOT NULL DEFAULT '',
    witness     TEXT,                            -- witness statement: who
    saw         TEXT,                            -- what they saw
    seen_when   TEXT,
    seen_where  TEXT,
    words       TEXT,                            -- words said
    vehicles    TEXT,
    badges      TEXT,
    url         TEXT,                            -- outside source
    title       TEXT,
    source_date TEXT
);
CREATE INDEX cm_citations_event ON cm_citations(event_id, position);

CREATE TABLE cm_claims (
    id       TEXT PRIMARY KEY,
    template TEXT NOT NULL,
    title    TEXT NOT NULL,
    summary  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cm_claim_elements (
    claim_id  TEXT NOT NULL REFERENCES cm_claims(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    id        TEXT NOT NULL,
    title     TEXT NOT NULL,
    law       TEXT NOT NULL DEFAULT '',
    authority TEXT NOT NULL DEFAULT '',
    alternative TEXT,                            -- elements sharing a group are alternatives
    PRIMARY KEY (claim_id, id)
);

CREATE TABLE cm_findings (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL,
    element_id  TEXT NOT NULL,
    event_id    TEXT REFERENCES cm_events(id) ON DELETE CASCADE,
    citation_id INTEGER REFERENCES cm_citations(id) ON DELETE CASCADE,
    weight      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (claim_id, element_id) REFERENCES cm_claim_elements(claim_id, id) ON DELETE CASCADE,
    CHECK ((event_id IS NULL) <> (citation_id IS NULL))
);
