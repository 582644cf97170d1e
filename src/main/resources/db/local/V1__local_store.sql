-- The local store of one device. Dates are ISO text (2026-11-23), instants ISO-8601
-- UTC text with a fixed six-digit fraction (so text order is time order), numbers
-- of promised terms are BigDecimal text.

-- Every imported catalog version is kept with its source text; exactly one is current.
CREATE TABLE catalog_version (
    id          INTEGER PRIMARY KEY,
    version     TEXT    NOT NULL UNIQUE,
    published   TEXT    NOT NULL,
    source_text TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    current     INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1))
);
CREATE UNIQUE INDEX catalog_version_one_current ON catalog_version (current) WHERE current = 1;

-- The searchable columns of each capability; the full entry lives in source_text.
CREATE TABLE capability (
    id         INTEGER PRIMARY KEY,
    catalog_id INTEGER NOT NULL REFERENCES catalog_version (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    summary    TEXT    NOT NULL,
    owner      TEXT    NOT NULL,
    UNIQUE (catalog_id, code)
);

-- Holds the rows of the current catalog only, so a search never wades through old versions.
CREATE VIRTUAL TABLE capability_fts USING fts5(
    code, name, summary,
    content = 'capability', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE promise (
    id               TEXT    PRIMARY KEY,
    customer_name    TEXT    NOT NULL,
    customer_region  TEXT,
    customer_contact TEXT,
    title            TEXT    NOT NULL,
    start_date       TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    updated_at       TEXT    NOT NULL
);
CREATE INDEX promise_by_update ON promise (updated_at);

CREATE TABLE commitment_line (
    promise_id           TEXT    NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    capability           TEXT,
    bespoke              TEXT,
    quantity             INTEGER NOT NULL CHECK (quantity >= 1),
    due_date             TEXT,
    under_promise_reason TEXT,
    PRIMARY KEY (promise_id, position),
    CHECK ((capability IS NULL) <> (bespoke IS NULL))
);

CREATE TABLE line_term (
    promise_id    TEXT    NOT NULL,
    line_position INTEGER NOT NULL,
    term_key      TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    PRIMARY KEY (promise_id, line_position, term_key),
    FOREIGN KEY (promise_id, line_position) REFERENCES commitment_line (promise_id, position) ON DELETE CASCADE
);

CREATE TABLE expectation (
    promise_id TEXT    NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    clarified  TEXT,
    PRIMARY KEY (promise_id, position)
);

-- ordinal keeps the order of the links as the rep entered them.
CREATE TABLE expectation_line (
    promise_id           TEXT    NOT NULL,
    expectation_position INTEGER NOT NULL,
    ordinal              INTEGER NOT NULL,
    line_position        INTEGER NOT NULL,
    PRIMARY KEY (promise_id, expectation_position, ordinal),
    FOREIGN KEY (promise_id, expectation_position) REFERENCES expectation (promise_id, position) ON DELETE CASCADE,
    FOREIGN KEY (promise_id, line_position) REFERENCES commitment_line (promise_id, position) ON DELETE CASCADE
);

CREATE TABLE responsibility (
    promise_id TEXT    NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    due_date   TEXT,
    PRIMARY KEY (promise_id, position)
);

CREATE TABLE responsibility_line (
    promise_id              TEXT    NOT NULL,
    responsibility_position INTEGER NOT NULL,
    ordinal                 INTEGER NOT NULL,
    line_position           INTEGER NOT NULL,
    PRIMARY KEY (promise_id, responsibility_position, ordinal),
    FOREIGN KEY (promise_id, responsibility_position) REFERENCES responsibility (promise_id, position) ON DELETE CASCADE,
    FOREIGN KEY (promise_id, line_position) REFERENCES commitment_line (promise_id, position) ON DELETE CASCADE
);

CREATE TABLE extra (
    promise_id TEXT    NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (promise_id, position)
);

-- Every local change, written in the same transaction as the change; the payload is
-- read from the entity's current row when the change is pushed.
CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id      TEXT    NOT NULL UNIQUE,
    entity         TEXT    NOT NULL,
    entity_id      TEXT    NOT NULL,
    entity_version INTEGER NOT NULL,
    created_at     TEXT    NOT NULL
);
