-- Revisions and milestone updates pushed by reps (issue 6). Portable SQL, as V1.

-- Issued revisions, immutable: rows are only ever inserted. sha256 is the SHA-256 of the
-- exact bytes (checked on arrival); fingerprint is the summary's own SHA-256 as printed on
-- it (docs/decisions/0006). Two devices that both issued "revision 2" offline with
-- different bytes are both kept (the key holds sha256); neither overwrites the other.
-- content is the bytes in base64 (one text type works on SQLite and PostgreSQL alike).
-- outcome is the first answer: applied, or kept_beside when other bytes had this number.
CREATE TABLE revision (
    promise_id  VARCHAR(36)  NOT NULL,
    number      INTEGER      NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    owner       VARCHAR(200) NOT NULL,
    format      VARCHAR(10)  NOT NULL,
    issued_at   VARCHAR(40)  NOT NULL,
    byte_count  INTEGER      NOT NULL,
    content     TEXT         NOT NULL,
    change_id   VARCHAR(36)  NOT NULL UNIQUE,
    outcome     VARCHAR(12)  NOT NULL,
    received_at VARCHAR(40)  NOT NULL,
    PRIMARY KEY (promise_id, number, sha256)
);

-- Every milestone update as the device made it, each change id once: the history.
CREATE TABLE milestone_update (
    change_id    VARCHAR(36)  PRIMARY KEY,
    milestone_id VARCHAR(36)  NOT NULL,
    promise_id   VARCHAR(36)  NOT NULL,
    owner        VARCHAR(200) NOT NULL,
    position     INTEGER      NOT NULL,
    text         TEXT         NOT NULL,
    due_date     VARCHAR(10)  NOT NULL,
    done         INTEGER      NOT NULL,
    updated_at   VARCHAR(40)  NOT NULL,
    received_at  VARCHAR(40)  NOT NULL
);
CREATE INDEX milestone_update_history ON milestone_update (milestone_id, updated_at);

-- The current state of each milestone: its latest update by the device's time (the
-- change id breaks a tie), whatever order the updates arrive in.
CREATE TABLE milestone (
    id         VARCHAR(36)  PRIMARY KEY,
    promise_id VARCHAR(36)  NOT NULL,
    owner      VARCHAR(200) NOT NULL,
    position   INTEGER      NOT NULL,
    text       TEXT         NOT NULL,
    due_date   VARCHAR(10)  NOT NULL,
    done       INTEGER      NOT NULL,
    updated_at VARCHAR(40)  NOT NULL,
    change_id  VARCHAR(36)  NOT NULL
);
CREATE INDEX milestone_by_promise ON milestone (promise_id, position);
