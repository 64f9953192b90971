-- The users of a team server (issue 13), kept once for the server in the schema redress_server, apart from the
-- per-case schemas (their migrations are db/postgres). Tokens and sessions are kept only as SHA-256 hashes (hex).
CREATE TABLE server_user (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'attorney', 'organiser', 'reporter', 'viewer')),
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash TEXT NOT NULL,          -- Argon2id, PHC string
    totp_secret   TEXT,                   -- base 32; null: no second factor
    totp_last_step BIGINT NOT NULL DEFAULT -1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE case_member (
    user_name TEXT NOT NULL REFERENCES server_user (name) ON DELETE CASCADE,
    case_name TEXT NOT NULL,
    PRIMARY KEY (user_name, case_name)
);

CREATE TABLE api_token (
    token_hash TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES server_user (name) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE login_session (
    session_hash TEXT PRIMARY KEY,
    user_name    TEXT NOT NULL REFERENCES server_user (name) ON DELETE CASCADE,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_session_user ON login_session (user_name);
