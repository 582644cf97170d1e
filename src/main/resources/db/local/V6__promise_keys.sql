-- The parts of a promise keyed by the promise's integer key, given in the order promises
-- arrive, instead of by its random UUID (decision 0011). Keyed by the UUID, the rows of a
-- first sync landed all over every index, and each pulled page rewrote most index pages:
-- 1.7 GB written for an 89 MB file. Keyed this way, new rows are appended. The parts
-- tables are WITHOUT ROWID: their primary key is the only B-tree each needs.
--
-- The usual SQLite table rebuild, in Flyway's transaction with foreign keys on: build the
-- new tables, copy, drop the old ones children first (so no drop cascades into a table
-- still holding rows), then rename; renaming rewrites the references to the new names.
-- milestone refers to promise (id) and is rebuilt with it, milestone_update with milestone.

CREATE TABLE new_promise (
    key              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    customer_name    TEXT    NOT NULL,
    customer_region  TEXT,
    customer_contact TEXT,
    title            TEXT    NOT NULL,
    start_date       TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    updated_at       TEXT    NOT NULL
);
INSERT INTO new_promise (id, customer_name, customer_region, customer_contact, title, start_date, status, version,
                         updated_at)
SELECT id, customer_name, customer_region, customer_contact, title, start_date, status, version, updated_at
FROM promise ORDER BY rowid;

CREATE TABLE new_commitment_line (
    promise_key          INTEGER NOT NULL REFERENCES new_promise (key) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    capability           TEXT,
    bespoke              TEXT,
    quantity             INTEGER NOT NULL CHECK (quantity >= 1),
    due_date             TEXT,
    under_promise_reason TEXT,
    PRIMARY KEY (promise_key, position),
    CHECK ((capability IS NULL) <> (bespoke IS NULL))
) WITHOUT ROWID;
INSERT INTO new_commitment_line
SELECT p.key, c.position, c.capability, c.bespoke, c.quantity, c.due_date, c.under_promise_reason
FROM commitment_line c JOIN new_promise p ON p.id = c.promise_id;

CREATE TABLE new_line_term (
    promise_key   INTEGER NOT NULL,
    line_position INTEGER NOT NULL,
    term_key      TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    PRIMARY KEY (promise_key, line_position, term_key),
    FOREIGN KEY (promise_key, line_position) REFERENCES new_commitment_line (promise_key, position) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO new_line_term
SELECT p.key, t.line_position, t.term_key, t.value FROM line_term t JOIN new_promise p ON p.id = t.promise_id;

CREATE TABLE new_expectation (
    promise_key INTEGER NOT NULL REFERENCES new_promise (key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    clarified   TEXT,
    PRIMARY KEY (promise_key, position)
) WITHOUT ROWID;
INSERT INTO new_expectation
SELECT p.key, e.position, e.text, e.status, e.clarified FROM expectation e JOIN new_promise p ON p.id = e.promise_id;

-- ordinal keeps the order of the links as the rep entered them.
CREATE TABLE new_expectation_line (
    promise_key          INTEGER NOT NULL,
    expectation_position INTEGER NOT NULL,
    ordinal              INTEGER NOT NULL,
    line_position        INTEGER NOT NULL,
    PRIMARY KEY (promise_key, expectation_position, ordinal),
    FOREIGN KEY (promise_key, expectation_position) REFERENCES new_expectation (promise_key, position) ON DELETE CASCADE,
    FOREIGN KEY (promise_key, line_position) REFERENCES new_commitment_line (promise_key, position) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO new_expectation_line
SELECT p.key, l.expectation_position, l.ordinal, l.line_position
FROM expectation_line l JOIN new_promise p ON p.id = l.promise_id;

CREATE TABLE new_responsibility (
    promise_key INTEGER NOT NULL REFERENCES new_promise (key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    due_date    TEXT,
    PRIMARY KEY (promise_key, position)
) WITHOUT ROWID;
INSERT INTO new_responsibility
SELECT p.key, r.position, r.text, r.due_date FROM responsibility r JOIN new_promise p ON p.id = r.promise_id;

CREATE TABLE new_responsibility_line (
    promise_key             INTEGER NOT NULL,
    responsibility_position INTEGER NOT NULL,
    ordinal                 INTEGER NOT NULL,
    line_position           INTEGER NOT NULL,
    PRIMARY KEY (promise_key, responsibility_position, ordinal),
    FOREIGN KEY (promise_key, responsibility_position)
        REFERENCES new_responsibility (promise_key, position) ON DELETE CASCADE,
    FOREIGN KEY (promise_key, line_position) REFERENCES new_commitment_line (promise_key, position) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO new_responsibility_line
SELECT p.key, l.responsibility_position, l.ordinal, l.line_position
FROM responsibility_line l JOIN new_promise p ON p.id = l.promise_id;

CREATE TABLE new_extra (
    promise_key INTEGER NOT NULL REFERENCES new_promise (key) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (promise_key, position)
) WITHOUT ROWID;
INSERT INTO new_extra SELECT p.key, x.position, x.text FROM extra x JOIN new_promise p ON p.id = x.promise_id;

-- The server version each local promise is based on; absent for a promise never synced.
CREATE TABLE new_promise_sync (
    promise_key    INTEGER PRIMARY KEY REFERENCES new_promise (key) ON DELETE CASCADE,
    server_version INTEGER NOT NULL CHECK (server_version >= 1),
    synced_at      TEXT    NOT NULL
);
INSERT INTO new_promise_sync
SELECT p.key, s.server_version, s.synced_at FROM promise_sync s JOIN new_promise p ON p.id = s.promise_id;

-- As in V5, only referring to the rebuilt promise table.
CREATE TABLE new_milestone (
    id         TEXT    PRIMARY KEY,
    promise_id TEXT    NOT NULL REFERENCES new_promise (id),
    position   INTEGER NOT NULL CHECK (position >= 1),
    text       TEXT    NOT NULL,
    due_date   TEXT    NOT NULL,
    done       INTEGER NOT NULL CHECK (done IN (0, 1)),
    updated_at TEXT    NOT NULL,
    UNIQUE (promise_id, position)
);
INSERT INTO new_milestone SELECT id, promise_id, position, text, due_date, done, updated_at FROM milestone;

CREATE TABLE new_milestone_update (
    change_id    TEXT    PRIMARY KEY,
    milestone_id TEXT    NOT NULL REFERENCES new_milestone (id),
    promise_id   TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    due_date     TEXT    NOT NULL,
    done         INTEGER NOT NULL CHECK (done IN (0, 1)),
    updated_at   TEXT    NOT NULL
);
INSERT INTO new_milestone_update
SELECT change_id, milestone_id, promise_id, position, text, due_date, done, updated_at FROM milestone_update;

DROP TABLE line_term;
DROP TABLE expectation_line;
DROP TABLE responsibility_line;
DROP TABLE expectation;
DROP TABLE responsibility;
DROP TABLE extra;
DROP TABLE commitment_line;
DROP TABLE promise_sync;
DROP TABLE milestone_update;
DROP TABLE milestone;
DROP TABLE promise;

ALTER TABLE new_promise RENAME TO promise;
ALTER TABLE new_commitment_line RENAME TO commitment_line;
ALTER TABLE new_line_term RENAME TO line_term;
ALTER TABLE new_expectation RENAME TO expectation;
ALTER TABLE new_expectation_line RENAME TO expectation_line;
ALTER TABLE new_responsibility RENAME TO responsibility;
ALTER TABLE new_responsibility_line RENAME TO responsibility_line;
ALTER TABLE new_extra RENAME TO extra;
ALTER TABLE new_promise_sync RENAME TO promise_sync;
ALTER TABLE new_milestone RENAME TO milestone;
ALTER TABLE new_milestone_update RENAME TO milestone_update;

CREATE INDEX promise_by_update ON promise (updated_at);
