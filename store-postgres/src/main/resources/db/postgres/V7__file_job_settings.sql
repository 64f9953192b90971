-- What the person who queued a file chose for reading it (ingest --entities, --passwords, --timeout,
-- --worker-memory), as the worker's own text (null: the defaults). Its passwords are sealed before they get here.
ALTER TABLE file_job ADD COLUMN settings TEXT;
