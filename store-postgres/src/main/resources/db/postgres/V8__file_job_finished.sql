-- The workers' pace (files finished in the last minutes, for redress status and the web's ingest page) reads the jobs
-- by when they finished: an index, so that a queue of a million done files is not read whole each time it is asked.
CREATE INDEX file_job_finished ON file_job (finished_at);
