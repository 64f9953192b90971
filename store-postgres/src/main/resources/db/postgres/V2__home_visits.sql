-- The home page's visits (SQLite V17): one row, times in epoch milliseconds, nothing to seal.
CREATE TABLE home_visits (
    id              integer PRIMARY KEY CHECK (id = 1),
    latest_at       bigint  NOT NULL,
    since_at        bigint  NOT NULL,
    first_visit     integer NOT NULL DEFAULT 1,
    guide_dismissed integer NOT NULL DEFAULT 0
);
