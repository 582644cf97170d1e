-- The web console's sessions (issue 18). Portable SQL, as V1: the same migration runs on
-- SQLite and PostgreSQL. A person signs in with their token; the browser then holds a
-- random session id of 256 bits, of which only the SHA-256 is kept here. Sessions live in
-- the database, not in a server's memory, so several servers behind one load balancer
-- share them. A session ends at sign-out, after its idle timeout, or when its token is revoked.
CREATE TABLE console_session (
    id_hash    VARCHAR(64)  PRIMARY KEY,
    token_id   VARCHAR(12)  NOT NULL,
    csrf       VARCHAR(64)  NOT NULL,   -- the hidden field every form of this session carries
    created_at VARCHAR(40)  NOT NULL,
    last_seen  VARCHAR(40)  NOT NULL
);
CREATE INDEX console_session_seen ON console_session (last_seen);

-- One-time sign-in links IT makes for a person (server signin-link): valid 15 minutes,
-- usable once. As for sessions, only the SHA-256 of the link's secret is kept; the link
-- signs in with the token it names (revoking the token voids the link too).
CREATE TABLE console_link (
    id_hash    VARCHAR(64)  PRIMARY KEY,
    token_id   VARCHAR(12)  NOT NULL,
    created_at VARCHAR(40)  NOT NULL,
    used_at    VARCHAR(40)
);
