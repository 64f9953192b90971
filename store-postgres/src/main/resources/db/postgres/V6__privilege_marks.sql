-- The twin of SQLite's V20__privilege_marks.sql.
-- Privilege marks (issue 13): a document (document_id, a content hash; finding_id 0) or a finding's note
-- (finding_id; document_id '') under attorney-client privilege or work product, hidden from reporters and viewers.
-- Who marked it and why are sealed in an encrypted case, as the rest of the case's words; the kind and the time are
-- plain (a code and a date).
CREATE TABLE privilege_marks (
    document_id text   NOT NULL DEFAULT '',
    finding_id  bigint NOT NULL DEFAULT 0,
    kind        text   NOT NULL,
    marked_by   text   NOT NULL,
    marked_at   text   NOT NULL,
    reason      text,
    PRIMARY KEY (document_id, finding_id)
);
