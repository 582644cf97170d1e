-- Exception requests (issue 6). Portable SQL, as V1: the same migration runs on SQLite
-- and PostgreSQL. A rep's device makes a request for one line of their own promise;
-- the approvers of its tier decide, one decision per role. seq is where the request sits
-- in its rep's feed: stamped when it is received and again at every decision.

CREATE TABLE exception_request (
    id           VARCHAR(36)  PRIMARY KEY,
    promise_id   VARCHAR(36)  NOT NULL,
    owner        VARCHAR(200) NOT NULL,
    position     INTEGER      NOT NULL,
    line_doc     TEXT         NOT NULL,   -- the line as requested (RequestedLine JSON)
    tier         INTEGER      NOT NULL,
    approvers    TEXT         NOT NULL,   -- JSON array of roles, e.g. ["sales-lead","product"]
    reason       TEXT         NOT NULL,
    requested_at VARCHAR(40)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,   -- PENDING, APPROVED, REJECTED
    seq          BIGINT       NOT NULL,
    received_at  VARCHAR(40)  NOT NULL
);
CREATE INDEX exception_request_feed ON exception_request (owner, seq);
CREATE INDEX exception_request_status ON exception_request (status, requested_at);

-- One decision per role and request, kept with who decided and when: the audit trail.
CREATE TABLE exception_decision (
    request_id VARCHAR(36)  NOT NULL,
    role       VARCHAR(64)  NOT NULL,
    approver   VARCHAR(200) NOT NULL,
    decision   VARCHAR(10)  NOT NULL,
    note       TEXT,
    decided_at VARCHAR(40)  NOT NULL,
    PRIMARY KEY (request_id, role)
);
