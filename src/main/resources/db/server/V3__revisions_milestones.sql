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
