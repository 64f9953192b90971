-- A job for every file of every production, no longer one per content hash: the same original in two productions
-- (the same email released by two agencies, or a copy under another name) must be found in both, as the inline
-- ingest finds it; its bytes are still read once, since the pipeline is keyed by the content hash. Who queued the
-- files is kept for the production's custody manifest, which the worker that finishes its last file signs.
ALTER TABLE file_job DROP CONSTRAINT file_job_pkey;
ALTER TABLE file_job ADD COLUMN id BIGSERIAL PRIMARY KEY;
ALTER TABLE file_job ADD COLUMN queued_by TEXT;
CREATE UNIQUE INDEX file_job_file ON file_job (source_name, display_path, sha256);
CREATE INDEX file_job_source ON file_job (source_name, state);
