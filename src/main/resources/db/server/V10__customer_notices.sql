-- Customer notices pushed by reps (issue 19, decision 0025). Portable SQL, as V1.
-- Only issued notices travel: what the customer was given, fixed, with the revision it went
-- with and its fingerprint. The one thing that changes is sent_at, set once when the rep marks
-- it sent. seq is where the notice sits in its owner's feed (again when it is marked sent).
CREATE TABLE notice (
    id          VARCHAR(36)  PRIMARY KEY,
    promise_id  VARCHAR(36)  NOT NULL,
    owner       VARCHAR(200) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    language    VARCHAR(35)  NOT NULL,
    changed     TEXT         NOT NULL,
    plan        TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    revision    INTEGER      NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    drafted_at  VARCHAR(40)  NOT NULL,
    issued_at   VARCHAR(40)  NOT NULL,
    sent_at     VARCHAR(40),
    received_at VARCHAR(40)  NOT NULL,
    seq         BIGINT
);
CREATE INDEX notice_feed ON notice (owner, seq);
