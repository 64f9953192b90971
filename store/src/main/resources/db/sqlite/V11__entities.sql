-- Named entities (issue 8: people, organisations, places). Numbered by the coordinator so that branches built side by
-- side do not take the same version (SqliteDatabase migrates out of order).
-- Occurrences point at forms and forms at entities: a rename, merge or hide changes an entity or a form, never an
-- occurrence, so it holds when pages are recognised again. Every statement over these tables is in SqliteEntityStore.

-- A canonical entity. name is case content; name_key is EntityNames.key(name), for lookups by name.
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    type     TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    hidden   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(name_key);

-- A surface form: the words a recogniser found (as first written), with the type it gave them, and the entity they
-- stand for. A merge moves forms; a rename adds the new name as a form.
CREATE TABLE entity_forms (
    id        INTEGER PRIMARY KEY,
    type      TEXT NOT NULL,
    form_key  TEXT NOT NULL,
    form      TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    UNIQUE (type, form_key)
);
CREATE INDEX entity_forms_entity ON entity_forms(entity_id);

-- Where each form occurs. A page extracted again (its rows replaced) takes its occurrences and its done mark with it.
CREATE TABLE entity_occurrences (
    document_id  TEXT NOT NULL,
    page         INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    form_id      INTEGER NOT NULL REFERENCES entity_forms(id),
    PRIMARY KEY (document_id, page, start_offset),
    FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number) ON DELETE CASCADE
);
CREATE INDEX entity_occurrences_form ON entity_occurrences(form_id);

-- Pages recognised, and by which recogniser (model and settings): a page is done when its version is the current one.
CREATE TABLE entity_pages (
    document_id TEXT NOT NULL,
    page        INTEGER NOT NULL,
    recogniser  TEXT NOT NULL,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (document_id, page),
    FOREIGN KEY (document_id, page) REFERENCES pages(document_id, number) ON DELETE CASCADE
);
