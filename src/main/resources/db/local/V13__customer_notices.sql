-- Customer notices (issue 19): what changed in an agreed promise, what it means for the
-- customer, our plan and what we need from them. A notice is drafted and edited on the
-- device; issuing it issues the promise's next revision in the same transaction (never a
-- silent edit), and from then on what it says is fixed (the triggers refuse). Marking it
-- sent stamps sent_at once. kind: CHANGE (at risk, a date moves) or UPDATE (a milestone reached).
-- body is the whole notice as the customer reads it (JSON written by the export layer,
-- opaque here), so an issued notice is exported again with the same words and fingerprint.
CREATE TABLE notice (
    id          TEXT    PRIMARY KEY,
    promise_id  TEXT    NOT NULL REFERENCES promise (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('CHANGE', 'UPDATE')),
    language    TEXT    NOT NULL,
    changed     TEXT    NOT NULL,
    plan        TEXT,
    body        TEXT    NOT NULL,
    revision    INTEGER CHECK (revision IS NULL OR revision >= 1),
    sha256      TEXT    CHECK (sha256 IS NULL OR length(sha256) = 64),
    drafted_at  TEXT    NOT NULL,
    issued_at   TEXT,
    sent_at     TEXT,
    CHECK ((revision IS NULL) = (issued_at IS NULL) AND (revision IS NULL) = (sha256 IS NULL)),
    CHECK (issued_at IS NULL OR (plan IS NOT NULL AND length(trim(plan)) > 0)),
    CHECK (sent_at IS NULL OR issued_at IS NOT NULL)
);
CREATE INDEX notice_by_promise ON notice (promise_id, drafted_at);

CREATE TRIGGER notice_issued_is_never_edited BEFORE UPDATE ON notice
WHEN OLD.issued_at IS NOT NULL AND (NEW.changed IS NOT OLD.changed OR NEW.plan IS NOT OLD.plan
    OR NEW.body IS NOT OLD.body OR NEW.revision IS NOT OLD.revision OR NEW.sha256 IS NOT OLD.sha256
    OR NEW.kind IS NOT OLD.kind OR NEW.language IS NOT OLD.language OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.promise_id IS NOT OLD.promise_id OR NEW.drafted_at IS NOT OLD.drafted_at)
BEGIN
    SELECT RAISE(ABORT, 'an issued notice is what the customer was given: draft a new notice instead');
END;

CREATE TRIGGER notice_sent_once BEFORE UPDATE OF sent_at ON notice
WHEN OLD.sent_at IS NOT NULL AND NEW.sent_at IS NOT OLD.sent_at
BEGIN
    SELECT RAISE(ABORT, 'a notice is marked sent once');
END;

CREATE TRIGGER notice_issued_is_never_deleted BEFORE DELETE ON notice
WHEN OLD.issued_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an issued notice is history and cannot be deleted');
END;
