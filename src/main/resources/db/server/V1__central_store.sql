-- The central store. Portable SQL: the same migration runs on SQLite and PostgreSQL.
-- Instants are ISO-8601 UTC text with a fixed six-digit fraction; documents are the
-- promise file JSON (DESIGN.md, "The promise file").

-- Only the SHA-256 of a token is kept; the token itself is shown once, when created.
CREATE TABLE api_token (
    id         VARCHAR(12)  PRIMARY KEY,
    user_name  VARCHAR(200) NOT NULL,
    role       VARCHAR(200) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at VARCHAR(40)  NOT NULL,
    revoked_at VARCHAR(40)
);

-- The feed counter. A write transaction takes this row's lock just before it commits
-- and stamps its rows with the next numbers, so seqs become visible in order and a
-- pull that has seen seq n never later finds a new row below n.
CREATE TABLE sync_counter (
    name  VARCHAR(20) PRIMARY KEY,
    value BIGINT      NOT NULL
);
INSERT INTO sync_counter (name, value) VALUES ('feed', 0);

-- The current version of each promise; seq is where it sits in its owner's feed.
CREATE TABLE promise (
    id         VARCHAR(36)  PRIMARY KEY,
    owner      VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    doc        TEXT         NOT NULL,
    change_id  VARCHAR(36)  NOT NULL,
    seq        BIGINT       NOT NULL,
    updated_at VARCHAR(40)  NOT NULL
);
CREATE INDEX promise_feed ON promise (owner, seq);

-- Every version ever applied: the base of a later conflict, and nothing overwritten is lost.
CREATE TABLE promise_version (
    promise_id VARCHAR(36) NOT NULL,
    version    BIGINT      NOT NULL,
    doc        TEXT        NOT NULL,
    change_id  VARCHAR(36) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    PRIMARY KEY (promise_id, version)
);

-- A change based on an older version, kept beside the current one.
CREATE TABLE conflict (
    id             VARCHAR(36)  PRIMARY KEY,
    promise_id     VARCHAR(36)  NOT NULL,
    owner          VARCHAR(200) NOT NULL,
    change_id      VARCHAR(36)  NOT NULL,
    base_version   BIGINT       NOT NULL,
    theirs_version BIGINT       NOT NULL,
    yours_doc      TEXT         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    resolved_by    VARCHAR(36),
    seq            BIGINT       NOT NULL,
    created_at     VARCHAR(40)  NOT NULL
);
CREATE INDEX conflict_feed ON conflict (owner, seq);

-- Each change id once: a retried push finds its first answer here.
CREATE TABLE applied_change (
    change_id   VARCHAR(36)  PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    promise_id  VARCHAR(36)  NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    version     BIGINT       NOT NULL,
    conflict_id VARCHAR(36),
    applied_at  VARCHAR(40)  NOT NULL
);

CREATE TABLE catalog_version (
    version      VARCHAR(200) PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    source_text  TEXT         NOT NULL,
    capabilities INTEGER      NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    published_at VARCHAR(40)  NOT NULL,
    seq          BIGINT       NOT NULL
);
CREATE INDEX catalog_feed ON catalog_version (seq);

-- Dated catalog lines of current promises, for the team's capacity per ISO week.
CREATE TABLE booking (
    promise_id VARCHAR(36)  NOT NULL,
    position   INTEGER      NOT NULL,
    owner      VARCHAR(200) NOT NULL,
    capability VARCHAR(200) NOT NULL,
    iso_year   INTEGER      NOT NULL,
    iso_week   INTEGER      NOT NULL,
    quantity   INTEGER      NOT NULL,
    PRIMARY KEY (promise_id, position)
);
