-- Issued written summaries. A revision is what the customer holds us to: once written it
-- is never changed or removed (the triggers refuse), and a later change to the promise
-- makes revision n+1. No foreign key to promise: removing a promise must not be able to
-- take with it what a customer was given.
CREATE TABLE revision (
    promise_id TEXT    NOT NULL,
    number     INTEGER NOT NULL CHECK (number >= 1),
    issued_at  TEXT    NOT NULL,
    format     TEXT    NOT NULL,
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    content    BLOB    NOT NULL,
    PRIMARY KEY (promise_id, number)
);

CREATE TRIGGER revision_is_never_updated BEFORE UPDATE ON revision
BEGIN
    SELECT RAISE(ABORT, 'an issued revision is immutable: issue a new revision instead');
END;

CREATE TRIGGER revision_is_never_deleted BEFORE DELETE ON revision
BEGIN
    SELECT RAISE(ABORT, 'an issued revision is immutable and cannot be deleted');
END;
