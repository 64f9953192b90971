-- Privilege marks (issue 13): a document (document_id, a content hash; finding_id 0) or a finding's note
-- (finding_id; document_id '') under attorney-client privilege or work product, hidden from reporters and viewers.
-- Who marked it and why are sealed in an encrypted case, as the rest of the case's words; the kind and the time are
-- plain (a code and a date).
CREATE TABLE privilege_marks (
    document_id TEXT    NOT NULL DEFAULT '',
    finding_id  INTEGER NOT NULL DEFAULT 0,
    kind        TEXT    NOT NULL,
    marked_by   TEXT    NOT NULL,
    marked_at   TEXT    NOT NULL,
    reason      TEXT,
    PRIMARY KEY (document_id, finding_id)
);
