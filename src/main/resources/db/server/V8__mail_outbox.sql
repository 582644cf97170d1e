-- E-mail notices (issue 18): the outbox the central store's mail courier drains. Portable
-- SQL, as V1: the same migration runs on SQLite and PostgreSQL.
--
-- One row is one e-mail to one person about one thing. A waiting request's rows are
-- written in the transaction of the rep's push (so a notice exists exactly when the
-- request does); a catalog's in the transaction of its publish; a digest's by the courier
-- once a day. The unique key is what keeps a notice from going out twice: a second push of
-- the same request, a restart, or a second server behind the same database all find the
-- row already there. The courier composes the text when it sends (from the request as it
-- stands then) and never holds a transaction open while it talks to the mail server.
CREATE TABLE mail_outbox (
    id            VARCHAR(36)   PRIMARY KEY,
    notice        VARCHAR(20)   NOT NULL,   -- waiting, digest, catalog
    about         VARCHAR(200)  NOT NULL,   -- a request id, a day (digest) or a catalog version
    role          VARCHAR(64)   NOT NULL,   -- the approver role it is for; '' for a catalog note
    recipient     VARCHAR(320)  NOT NULL,   -- lower case: one mail per person, however many tokens
    created_at    VARCHAR(40)   NOT NULL,
    next_try      VARCHAR(40)   NOT NULL,   -- not sent before this (retries back off)
    claimed_until VARCHAR(40),              -- a courier is sending it until then (another waits)
    attempts      INTEGER       NOT NULL DEFAULT 0,
    last_failure  VARCHAR(400),             -- why the last attempt failed, in plain words
    outcome       VARCHAR(20),              -- null while due; sent, skipped (nothing left to say), gave-up
    done_at       VARCHAR(40),
    UNIQUE (notice, about, role, recipient)
);
CREATE INDEX mail_outbox_due ON mail_outbox (outcome, next_try);
