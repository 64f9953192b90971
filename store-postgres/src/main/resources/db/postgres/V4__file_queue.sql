-- The ingest queue of a team server (issue 13), in each case's schema: one job per original, keyed by the SHA-256 of
-- its bytes, so the same file queued twice is one job. A worker leases a job (lease_owner, lease_expires) in a
-- statement of its own and works outside any transaction; a lease that expires (a worker killed) is taken again.
-- Server only: the embedded case ingests inline and has no queue (SchemaParityTest lists this table as the exception).
CREATE TABLE file_job (
    sha256        TEXT PRIMARY KEY,
    display_path  TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    received      DATE,
    state         TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    lease_owner   TEXT,
    lease_expires TIMESTAMPTZ,
    attempts      INTEGER NOT NULL DEFAULT 0,
    failure       TEXT,
    queued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ
);

CREATE INDEX file_job_waiting ON file_job (state, queued_at);
