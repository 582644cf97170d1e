-- Sync state of this device (issue 6). Outbox entries are deleted once the server has
-- answered for them (applied, duplicate or kept as a conflict), in the transaction
-- that records the answer.

-- server_url, cursor (the last pulled feed seq), last_sync_at.
CREATE TABLE sync_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The server version each local promise is based on; absent for a promise never synced.
CREATE TABLE promise_sync (
    promise_id     TEXT    PRIMARY KEY REFERENCES promise (id) ON DELETE CASCADE,
    server_version INTEGER NOT NULL CHECK (server_version >= 1),
    synced_at      TEXT    NOT NULL
);

-- Conflicts as the server keeps them: base, theirs (the server's version) and yours
-- (what a device of this rep pushed), as promise file JSON. status: open, resolving
-- (resolved here, not yet pushed), resolved.
CREATE TABLE sync_conflict (
    id             TEXT    PRIMARY KEY,
    promise_id     TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('open', 'resolving', 'resolved')),
    base_version   INTEGER NOT NULL,
    base_doc       TEXT,
    theirs_version INTEGER NOT NULL,
    theirs_doc     TEXT    NOT NULL,
    yours_doc      TEXT    NOT NULL,
    created_at     TEXT    NOT NULL
);
CREATE INDEX sync_conflict_by_promise ON sync_conflict (promise_id);

-- Conflicts resolved here, sent with the promise's next push.
CREATE TABLE pending_resolution (
    conflict_id TEXT PRIMARY KEY,
    promise_id  TEXT NOT NULL
);

-- What the rest of the team has booked, as of the last sync (replaced whole each time).
CREATE TABLE team_booking (
    capability TEXT    NOT NULL,
    iso_year   INTEGER NOT NULL,
    iso_week   INTEGER NOT NULL,
    quantity   INTEGER NOT NULL,
    PRIMARY KEY (capability, iso_year, iso_week)
);
