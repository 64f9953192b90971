-- The case's home page (issue 11): when the member last came, for "new since your last visit", and whether the
-- first-run guide was put away. Times only (epoch milliseconds), no case content: nothing here needs sealing.
CREATE TABLE home_visits (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    latest_at       INTEGER NOT NULL,
    since_at        INTEGER NOT NULL,
    first_visit     INTEGER NOT NULL DEFAULT 1,
    guide_dismissed INTEGER NOT NULL DEFAULT 0
);
