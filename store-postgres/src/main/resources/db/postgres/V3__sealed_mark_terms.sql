-- The twin of SQLite's V19__sealed_mark_terms.sql.
-- The marks' code and label (a flag's lexicon term and lexicon name) are sealed in an encrypted case from now on: a
-- case's own lexicon.txt can make a term a person's name. An encrypted case made before this holds them plain, which
-- the store can no longer open, so its marks are dropped and their runs forgotten: marks are derived from the pages,
-- and the next ingest, `redress flags`, `redactions` or `marks` (each marks the stale documents first) writes them
-- again, sealed. A plain case (no column_encryption row) keeps its marks.
DELETE FROM marks WHERE EXISTS (SELECT 1 FROM column_encryption);
DELETE FROM mark_runs WHERE EXISTS (SELECT 1 FROM column_encryption);
