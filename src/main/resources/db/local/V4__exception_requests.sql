-- Exception requests made on this device or pulled from the central store (issue 6).
-- A request holds for the line as it was requested: the snapshot below. It is made
-- here (status PENDING, an outbox entry in the same transaction) and only the central
-- store changes its status; decisions arrive with a pull.
-- No foreign key to promise: a pulled request may arrive on an earlier page than its promise.
CREATE TABLE exception_request (
    id           TEXT    PRIMARY KEY,
    promise_id   TEXT    NOT NULL,
    position     INTEGER NOT NULL CHECK (position >= 0),
    capability   TEXT,
    bespoke      TEXT,
    quantity     INTEGER NOT NULL CHECK (quantity >= 1),
    line_date    TEXT,
    terms        TEXT    NOT NULL,      -- JSON object of term key to decimal, as promised
    tier         INTEGER NOT NULL CHECK (tier >= 1),
    approvers    TEXT    NOT NULL,      -- JSON array of approver roles, in policy order
    reason       TEXT    NOT NULL,
    requested_at TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CHECK ((capability IS NULL) <> (bespoke IS NULL))
);
CREATE INDEX exception_request_by_line ON exception_request (promise_id, position, requested_at);

-- Each role's decision as the central store recorded it: the audit trail.
CREATE TABLE exception_decision (
    request_id TEXT NOT NULL REFERENCES exception_request (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    approver   TEXT NOT NULL,
    decision   TEXT NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
    note       TEXT,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (request_id, role)
);
