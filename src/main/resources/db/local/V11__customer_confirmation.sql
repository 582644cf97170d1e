-- The customer's confirmation at the end of the read-back: their name as typed and when
-- (ISO date-time to the minute, with the offset of the rep's clock). It waits here, pending
-- (revision null), until the next revision of the promise is issued: that revision carries
-- it (printed on it, in its fingerprint) and this row records which one, in the same
-- transaction. From then on it is what it was: the triggers refuse any change to a carried
-- confirmation and its removal. A newer read-back replaces a pending one, never a carried one.
-- heard_sha256 is the SHA-256 of the promise as it was read back: a revision of a promise
-- changed since does not carry it (docs/decisions/0023).
CREATE TABLE customer_confirmation (
    promise_id   TEXT    NOT NULL,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    confirmed_at TEXT    NOT NULL,
    heard_sha256 TEXT    NOT NULL CHECK (length(heard_sha256) = 64),
    revision     INTEGER CHECK (revision IS NULL OR revision >= 1)
);

-- At most one confirmation waits for a promise's next revision; a revision carries at most one.
CREATE UNIQUE INDEX customer_confirmation_pending ON customer_confirmation (promise_id) WHERE revision IS NULL;
CREATE UNIQUE INDEX customer_confirmation_carried ON customer_confirmation (promise_id, revision)
    WHERE revision IS NOT NULL;

CREATE TRIGGER customer_confirmation_is_kept_as_given BEFORE UPDATE ON customer_confirmation
WHEN OLD.revision IS NOT NULL OR NEW.promise_id IS NOT OLD.promise_id OR NEW.name IS NOT OLD.name
    OR NEW.confirmed_at IS NOT OLD.confirmed_at OR NEW.heard_sha256 IS NOT OLD.heard_sha256
BEGIN
    SELECT RAISE(ABORT, 'the customer''s confirmation is kept as they gave it: a new read-back makes a new one');
END;

CREATE TRIGGER customer_confirmation_carried_is_never_deleted BEFORE DELETE ON customer_confirmation
WHEN OLD.revision IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a confirmation carried by an issued revision cannot be removed');
END;
