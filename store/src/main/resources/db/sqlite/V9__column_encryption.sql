-- Encryption at rest (issue 9). A row here says that the content columns of this database are encrypted under a case
-- key, and key_check (a token of a fixed text) says which key: a database opened with another key, or without one, is
-- refused before anything is read or written. A plain case has no row.
CREATE TABLE column_encryption (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    scheme    TEXT NOT NULL,
    key_check TEXT NOT NULL,
    since     TEXT NOT NULL
);
