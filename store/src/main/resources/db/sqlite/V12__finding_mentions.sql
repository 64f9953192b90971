-- A finding can cite a mention of a watched person (a hit's id) for the element of knowledge (issue 8). SQLite cannot
-- change a CHECK, so the table is built again with the third kind of evidence; every finding is kept with its id.
CREATE TABLE cm_findings_v12 (
    id          INTEGER PRIMARY KEY,
    claim_id    TEXT NOT NULL,
    element_id  TEXT NOT NULL,
    event_id    TEXT REFERENCES cm_events(id) ON DELETE CASCADE,
    citation_id INTEGER REFERENCES cm_citations(id) ON DELETE CASCADE,
    weight      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    mention_id  TEXT,                             -- a hit's id: stable when screening runs again, so no foreign key
    FOREIGN KEY (claim_id, element_id) REFERENCES cm_claim_elements(claim_id, id) ON DELETE CASCADE,
    CHECK ((event_id IS NOT NULL) + (citation_id IS NOT NULL) + (mention_id IS NOT NULL) = 1)
);
INSERT INTO cm_findings_v12(id, claim_id, element_id, event_id, citation_id, weight, note)
    SELECT id, claim_id, element_id, event_id, citation_id, weight, note FROM cm_findings;
DROP TABLE cm_findings;
ALTER TABLE cm_findings_v12 RENAME TO cm_findings;
