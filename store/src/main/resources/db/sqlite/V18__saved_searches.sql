-- Saved searches (issue 11): a query with its filters kept under a name, and the pages each has matched. A page
-- matched when the search was saved, or reviewed since, is seen; one first matched after a later production is new
-- until someone reviews it. Numbered after the task so that branches built side by side do not take the same version.

-- name, query and filters are the case's own words: sealed in an encrypted case (so a name is kept unique in Java).
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    filters    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE saved_search_hits (
    search_id   INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page        INTEGER NOT NULL,
    seen        INTEGER NOT NULL CHECK (seen IN (0, 1)),
    PRIMARY KEY (search_id, document_id, page)
);
-- New hits are listed in the order found: by rowid.
CREATE INDEX saved_search_hits_new ON saved_search_hits(search_id, seen);
